package org.lessonsportal.domain.organisation;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.OdsImportReport.Outcome;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NHS Organisation Data Service (ODS) reference data: administrators import ODS's files (NHS trusts, GP
 * practices, ICBs and sub-ICB locations, {@link OdsFile}); where ODS knows an organisation's code, its name, type,
 * region and parent ICB in the portal come from ODS, not from the sign-in token (ADR 0047). An import upserts by ODS
 * code, brings the organisations already in the portal up to date at once, and reports row by row
 * ({@link OdsImportReport}). A file that cannot be read as a whole changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OdsReferenceService {

    /** Rows looked up and stored together. */
    static final int BATCH = 500;
    /** A sub-ICB location's name: its board's name, then its own code ("NHS Greater Manchester ICB - 14L"). */
    private static final Pattern LOCATION_NAME = Pattern.compile("(.+\\bICB)\\s*-\\s*[A-Z0-9]+");

    private final OdsOrganisationRepository reference;
    private final OrganisationRepository organisations;
    private final DisplayNames names;
    private final Clock clock;

    /** An administrator imports an ODS file, read in {@code file}'s layout. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public OdsImportReport importFile(OdsFile file, InputStream content) {
        return store(file, OdsFileReader.read(content, file));
    }

    /** The portal imports an ODS file on its own (the demo's fictional sample at start-up). */
    @Transactional
    public OdsImportReport importAsSystem(OdsFile file, InputStream content) {
        return store(file, OdsFileReader.read(content, file));
    }

    /**
     * What ODS says about an organisation, when an import listed its code; empty otherwise. The seam for creating the
     * organisation elsewhere too (in the identity provider, when a person whose ODS code is known signs in).
     */
    public Optional<OdsRecord> lookUp(String odsCode) {
        String code = Organisation.odsCodeOrNull(odsCode);
        return code == null ? Optional.empty() : reference.findById(code).map(OdsRecord::of);
    }

    private OdsImportReport store(OdsFile file, List<OdsFileReader.Row> rows) {
        Instant now = clock.instant();
        List<OdsImportReport.Row> report = new ArrayList<>();
        Map<String, OdsFileReader.Row> good = new LinkedHashMap<>();
        for (OdsFileReader.Row row : rows) {
            if (!row.good()) {
                report.add(new OdsImportReport.Row(row.number(), row.odsCode(), Outcome.NOT_IMPORTED,
                        List.of(row.problem())));
            } else if (good.containsKey(row.odsCode())) {
                report.add(new OdsImportReport.Row(row.number(), row.odsCode(), Outcome.DUPLICATE,
                        List.of("also on row " + good.get(row.odsCode()).number() + ", which was imported instead")));
            } else {
                good.put(row.odsCode(), row);
            }
        }
        int portalUpdated = 0;
        List<OdsFileReader.Row> batch = new ArrayList<>(BATCH);
        for (OdsFileReader.Row row : good.values()) {
            batch.add(row);
            if (batch.size() == BATCH) {
                portalUpdated += storeBatch(batch, report, now);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            portalUpdated += storeBatch(batch, report, now);
        }
        List<String> notes = new ArrayList<>();
        if (file == OdsFile.ICBS) {
            portalUpdated += nameBoardsFromLocations(good, notes, now);
        }
        report.sort(Comparator.comparingInt(OdsImportReport.Row::number));
        return new OdsImportReport(file, report, portalUpdated, notes);
    }

    /**
     * ODS's file of sub-ICB locations ({@code eccg.csv}) names each location after its board ("NHS Greater
     * Manchester ICB - 14L") but has no row for the board itself. A board the portal does not know yet is named from
     * its first location, so lists and pages show its name; ODS's own row for it ({@code eauth.csv}) replaces that
     * when imported.
     */
    private int nameBoardsFromLocations(Map<String, OdsFileReader.Row> good, List<String> notes, Instant now) {
        Map<String, OdsRecord> boards = new LinkedHashMap<>();
        for (OdsFileReader.Row row : good.values()) {
            OdsRecord location = row.organisation();
            String board = location.parentIcbOdsCode();
            Matcher named = LOCATION_NAME.matcher(location.name());
            if (location.kind() != OdsKind.SUB_ICB_LOCATION || board == null || good.containsKey(board)
                    || boards.containsKey(board) || !named.matches() || reference.existsById(board)) {
                continue;
            }
            boards.put(board, new OdsRecord(board, named.group(1).strip(), OdsKind.INTEGRATED_CARE_BOARD,
                    Setting.INTEGRATED_CARE_BOARD, location.region(), null, null, null, null));
            notes.add(named.group(1).strip() + " (" + board + ") is named from its sub-ICB location " + row.odsCode()
                    + " on row " + row.number() + ", as ODS's file has no row for the board itself; importing "
                    + "ODS's eauth.csv gives its own.");
        }
        reference.saveAll(boards.values().stream().map(board -> new OdsOrganisation(board, now)).toList());
        return refreshPortal(boards, now);
    }

    /** Upserts a batch of good rows; brings the portal's organisations with these codes up to date. */
    private int storeBatch(List<OdsFileReader.Row> batch, List<OdsImportReport.Row> report, Instant now) {
        Map<String, OdsRecord> records = batch.stream().map(OdsFileReader.Row::organisation)
                .collect(Collectors.toMap(OdsRecord::odsCode, Function.identity()));
        Map<String, OdsOrganisation> known = reference.findAllById(records.keySet()).stream()
                .collect(Collectors.toMap(OdsOrganisation::getOdsCode, Function.identity()));
        List<OdsOrganisation> added = new ArrayList<>();
        for (OdsFileReader.Row row : batch) {
            OdsOrganisation existing = known.get(row.odsCode());
            if (existing == null) {
                added.add(new OdsOrganisation(row.organisation(), now));
                report.add(new OdsImportReport.Row(row.number(), row.odsCode(), Outcome.ADDED, List.of()));
            } else {
                List<String> changes = existing.update(row.organisation(), now);
                report.add(new OdsImportReport.Row(row.number(), row.odsCode(),
                        changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED, changes));
            }
        }
        reference.saveAll(added);
        return refreshPortal(records, now);
    }

    /** Brings the portal's organisations with these codes up to date; returns how many changed. */
    private int refreshPortal(Map<String, OdsRecord> records, Instant now) {
        if (records.isEmpty()) {
            return 0;
        }
        int updated = 0;
        for (Organisation organisation : organisations.findByOdsCodeIn(records.keySet())) {
            OdsRecord record = records.get(organisation.getOdsCode().toUpperCase(Locale.ROOT));
            if (record != null && organisation.update(record.name(), record.type(), record.region(), null,
                    record.parentIcbOdsCode(), now)) {
                names.organisationChanged(organisation.getId());
                updated++;
            }
        }
        return updated;
    }
}
