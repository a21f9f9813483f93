package org.lessonsportal.domain.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.lessonsportal.domain.lesson.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lessonsportal.domain.search.ReindexResult;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Search at scale, measured inside the service. Not a unit test: it runs only when {@code bench.lessons} is set,
 * through the {@code bench} profile (see {@code docs/benchmarks.md}):
 * <pre>cd domain &amp;&amp; ../mvnw -B -Pbench test -Dbench.lessons=100000</pre>
 * It bulk-inserts that many realistic synthetic lessons with JDBC batches (skipped for lessons already there when
 * {@code bench.db.url} names an existing database), rebuilds the index with the mass indexer, then reports indexing
 * time, search latency (p50/p95/p99) for a mix of queries with facets, filters, sorting and paging, similar-lessons
 * latency (p50/p95), and the same searches done the naive way (SQL {@code LIKE} over the same rows, with the same
 * facet counts) as a baseline. Results are printed and written to {@code target/bench/results.md}.
 *
 * <p>With the Maven profile {@code opensearch} as well ({@code -Pbench,opensearch}) the same lessons, searches and
 * similar-lessons calls run on OpenSearch (the test support starts a node, {@code OpenSearchNode}); the plain BM25
 * baseline is then the same OR of the words sent to OpenSearch (its {@code english} analyzer, which is Lucene's
 * {@code EnglishAnalyzer}), and the index size is the node's data folder.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${bench.db.url:jdbc:h2:file:./target/bench/lessons-${random.uuid}}",
        "spring.datasource.username=${bench.db.user:sa}",
        "spring.datasource.password=${bench.db.password:}",
        "lessons.search.directory-type=local-filesystem",
        "lessons.search.directory=${bench.index.dir:target/bench/index-${random.uuid}}",
        "lessons.search.reindex-on-start=never",
        "spring.jpa.properties.hibernate.default_batch_fetch_size=100"})
@EnabledIfSystemProperty(named = "bench.lessons", matches = "\\d+")
@WithMockUser(roles = "admin")
class SearchBenchmark {

    private static final int ORGANISATIONS = 300;
    private static final int BATCH = 500;
    private static final long SEED = 20_251_125L;

    private static final List<String> QUERIES = List.of("fax removal", "EPR go-live", "ePMA", "virtual ward",
            "PACS", "shared care record", "phishing", "Windows 11", "data migration", "e-rostering", "RPA", "NHS App",
            "cloud migration", "floor walkers", "drug charts", "A&E", "GP", "dashboards", "cutover", "secure email",
            "risk stratification", "MFA", "digital letters", "speech recognition", "staff bank", "order comms",
            "image sharing", "remote monitoring", "training", "clinical safety case", "", "Epic", "HL7",
            "pulse oximeters", "business case", "EHR", "DSPT", "electronic prescribing pharmacists",
            "missed appointments text reminders", "ransomware business continuity");

    @Autowired
    SearchService search;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final Random random = new Random(SEED);
    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void benchmark() throws Exception {
        int lessons = Integer.parseInt(System.getProperty("bench.lessons"));
        report("Lessons", String.format(Locale.UK, "%,d", lessons));
        report("Database", database());
        report("Processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
        report("Search engine", openSearch() ? "OpenSearch (node heap " + System.getProperty("opensearch.heap",
                "384m") + ")" : "Lucene (embedded)");
        report("Ranking by meaning", System.getProperty("lessons.search.semantic", "true"));
        report("Load average at the start (1 min)", String.format(Locale.UK, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        long start = System.nanoTime();
        int inserted = generate(lessons);
        report("Generated (JDBC batches)", String.format(Locale.UK, "%,d lessons in %.1f s", inserted,
                seconds(start)));

        long alreadyIndexed = search.search(SearchQuery.builder().size(1).build()).total();
        if (!Boolean.parseBoolean(System.getProperty("bench.reindex", "true")) && alreadyIndexed >= lessons) {
            report("Indexing (mass indexer)", String.format(Locale.UK, "skipped: %,d lessons already indexed",
                    alreadyIndexed));
        } else {
            reindex();
        }
        report("Index size on disk", String.format(Locale.UK, "%,.0f MB", indexSize() / 1e6));
        report("Memory after indexing", memory());
        runQueries();
        report("Memory after the searches", memory());
    }

    private void reindex() {
        ReindexResult indexed = search.reindex();
        report("Indexing (mass indexer)", String.format(Locale.UK, "%,d lessons in %.1f s (%,.0f lessons/s)",
                indexed.lessonsIndexed(), indexed.took().toMillis() / 1000.0,
                indexed.lessonsIndexed() / Math.max(0.001, indexed.took().toMillis() / 1000.0)));
    }

    private void runQueries() throws Exception {

        List<SearchQuery> searches = new ArrayList<>();
        // Warm-up (bench.warmup searches drawn the same way, default 2,000) until the JIT compiler has settled: with
        // 300 it still took most of the second core during the measured searches.
        int warmUp = Integer.getInteger("bench.warmup", 2_000);
        for (int i = 0; i < warmUp + 2_000; i++) {
            searches.add(randomSearch());
        }
        long[] searchTimes = time(searches.subList(0, warmUp), searches.subList(warmUp, searches.size()),
                q -> () -> search.search(q));
        report("Search latency (2,000 queries, facets on)", percentiles(searchTimes, true));
        report("Search CPU time per query (same queries)", percentiles(lastCpu, true));
        List<SearchQuery> measuredSearches = searches.subList(warmUp, searches.size());
        long[] searchCpu = lastCpu.clone();
        Integer[] order = new Integer[searchCpu.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(searchCpu[b], searchCpu[a]));
        System.out.println("BENCH slowest searches (CPU ms, hits, query):");
        for (int i = 0; i < Math.min(15, order.length); i++) {
            SearchQuery q = measuredSearches.get(order[i]);
            System.out.printf(Locale.UK, "BENCH   %6.1f  %,7d  \"%s\" %s%s%s%s %s p%d%n", searchCpu[order[i]] / 1e6,
                    search.search(q.toBuilder().page(0).size(1).build()).total(), q.text(), q.projectTypes(),
                    q.settings(), q.regions(), q.yearsCompleted(), q.sort(), q.page());
        }

        // After the slowest searches are listed (timing replaces lastCpu).
        long[] bm25Times = time(searches.subList(0, warmUp), searches.subList(warmUp, searches.size()),
                q -> () -> plainBm25(q.text()));
        report("Plain BM25, same searches' words (top 10, same index)", percentiles(bm25Times, true));
        report("Search p95 / plain BM25 p95", String.format(Locale.UK, "%.2f",
                (double) percentile(searchTimes, 95) / Math.max(1, percentile(bm25Times, 95))));

        SyntheticLessons descriptions = new SyntheticLessons(SEED + 1);
        List<Object[]> similarCalls = new ArrayList<>();
        // bench.similar.warmup (default 50) calls first, then bench.similar.calls (default 300) measured
        int similarWarmUp = Integer.getInteger("bench.similar.warmup", 50);
        int similarMeasured = Integer.getInteger("bench.similar.calls", 300);
        for (int i = 0; i < similarWarmUp + similarMeasured; i++) {
            ProjectType type = ProjectType.values()[random.nextInt(ProjectType.values().length)];
            similarCalls.add(new Object[] {descriptions.description(type), random.nextInt(10) < 7 ? type : null,
                random.nextBoolean() ? (long) (1 + random.nextInt(ORGANISATIONS)) : null});
        }
        long[] similarTimes = time(similarCalls.subList(0, similarWarmUp),
                similarCalls.subList(similarWarmUp, similarCalls.size()),
                c -> () -> search.similar((String) c[0], (ProjectType) c[1], (Long) c[2], 10));
        report("Similar lessons latency (" + similarMeasured + " descriptions, 10 each)", percentiles(similarTimes, false));
        report("Similar lessons CPU time per call", percentiles(lastCpu, false));
        long[] bm25Similar = time(similarCalls.subList(0, similarWarmUp),
                similarCalls.subList(similarWarmUp, similarCalls.size()),
                c -> () -> plainBm25((String) c[0]));
        report("Plain BM25, same descriptions (top 10, same index)", percentiles(bm25Similar, false));
        report("Similar lessons p95 / plain BM25 p95", String.format(Locale.UK, "%.2f",
                (double) percentile(similarTimes, 95) / Math.max(1, percentile(bm25Similar, 95))));
        report("Load average during the run (1 min)", String.format(Locale.UK, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        writeRankings();
        if (Boolean.getBoolean("bench.skipNaive")) {
            writeResults();
            return;
        }
        int naiveRuns = Integer.parseInt(System.getProperty("bench.naive.queries", "12"));
        List<SearchQuery> naive = searches.subList(warmUp, warmUp + naiveRuns);
        long[] naiveTimes = new long[naive.size()];
        long[] sameSearchTimes = new long[naive.size()];
        for (int i = 0; i < naive.size(); i++) {
            naiveTimes[i] = timeOnce(naiveSearch(naive.get(i)));
            SearchQuery query = naive.get(i);
            sameSearchTimes[i] = timeOnce(() -> search.search(query));
        }
        report("Naive SQL LIKE, same queries (" + naive.size() + ")", percentiles(naiveTimes, false));
        report("Search, same queries", percentiles(sameSearchTimes, false));
        report("Naive / search (p50)", String.format(Locale.UK, "%,.0f×",
                (double) percentile(naiveTimes, 50) / Math.max(1, percentile(sameSearchTimes, 50))));

        writeResults();
    }

    /**
     * The first page of every benchmark query, best match first, with and without a filter, as lesson ids: comparing
     * this file before and after a change to the search shows whether the change altered the ranking at scale
     * ({@code target/bench/rankings.txt}).
     */
    private void writeRankings() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String text : QUERIES) {
            for (ProjectType type : new ProjectType[] {null, ProjectType.values()[0]}) {
                for (int page = 0; page < 2; page++) {
                    SearchQuery.Builder query = SearchQuery.builder().text(text).sort(SearchSort.RELEVANCE).page(page);
                    if (type != null) {
                        query.projectTypes(type.code());
                    }
                    var found = search.search(query.build());
                    out.append('"').append(text).append("\" ").append(type == null ? "-" : type.code()).append(" p")
                            .append(page).append(' ').append(found.total()).append(": ")
                            .append(found.items().stream().map(h -> String.valueOf(h.lessonId())).toList())
                            .append('\n');
                }
            }
        }
        Path file = Path.of("target/bench/rankings.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        // The passages shown on each query's first page, to check that a change to highlighting shows the same.
        StringBuilder passages = new StringBuilder();
        for (String text : QUERIES) {
            for (var hit : search.search(SearchQuery.builder().text(text).build()).items()) {
                passages.append('"').append(text).append("\" ").append(hit.lessonId()).append('\n');
                hit.passages().forEach(p -> passages.append("  ").append(p.segments().stream()
                        .map(s -> s.match() ? "[" + s.text() + "]" : s.text())
                        .collect(java.util.stream.Collectors.joining())).append('\n'));
            }
        }
        Files.writeString(Path.of("target/bench/passages.txt"), passages.toString(), StandardCharsets.UTF_8);
    }

    private void writeResults() throws IOException {
        StringBuilder table = new StringBuilder("\n| measure | result |\n|---|---|\n");
        results.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println(table);
        Path out = Path.of("target/bench/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------- the queries

    private SearchQuery randomSearch() {
        String text = QUERIES.get(random.nextInt(QUERIES.size()));
        // bench.query: only this text (with the same mix of filters, sorting and paging), to profile one search.
        SearchQuery.Builder query = SearchQuery.builder().text(System.getProperty("bench.query", text));
        if (random.nextInt(100) < 35) {
            query.projectTypes(ProjectType.values()[random.nextInt(ProjectType.values().length)].code());
        }
        if (random.nextInt(100) < 20) {
            query.settings(Setting.values()[random.nextInt(Setting.values().length)].code());
        }
        if (random.nextInt(100) < 10) {
            query.regions(Region.values()[random.nextInt(Region.values().length)].code());
        }
        if (random.nextInt(100) < 10) {
            query.yearsCompleted(2016 + random.nextInt(9));
        }
        query.sort(random.nextInt(100) < 80 ? SearchSort.RELEVANCE : SearchSort.NEWEST);
        query.page(random.nextInt(100) < 90 ? 0 : 1 + random.nextInt(4));
        return query.build();
    }

    /**
     * What a search would be without a search engine: every word in some text column ({@code lower(…) like
     * '%word%'}, challenges included), the same filters, a page of the newest, the total, and a count per project
     * type, setting, region and year for the facets.
     */
    private Supplier<Object> naiveSearch(SearchQuery query) {
        return () -> {
            List<String> words = Arrays.stream(query.text().toLowerCase(Locale.ROOT).split("\\s+"))
                    .filter(w -> !w.isBlank()).toList();
            StringBuilder where = new StringBuilder(" from lesson l where l.state = 'PUBLISHED'");
            List<Object> parameters = new ArrayList<>();
            for (String word : words) {
                where.append(" and (lower(l.title) like ? or lower(l.summary) like ? or lower(l.context) like ?"
                        + " or lower(l.approach) like ? or lower(l.outcomes) like ? or lower(l.recommendations) like ?"
                        + " or exists (select 1 from lesson_challenge c where c.lesson_id = l.id and"
                        + " (lower(c.description) like ? or lower(c.resolution) like ?)))");
                for (int i = 0; i < 8; i++) {
                    parameters.add("%" + word + "%");
                }
            }
            if (!query.projectTypes().isEmpty()) {
                where.append(" and l.project_type = ?");
                parameters.add(ProjectType.valueOf(enumName(query.projectTypes().iterator().next())).name());
            }
            if (!query.settings().isEmpty()) {
                where.append(" and exists (select 1 from lesson_setting s where s.lesson_id = l.id and s.setting = ?)");
                parameters.add(enumName(query.settings().iterator().next()));
            }
            if (!query.regions().isEmpty()) {
                where.append(" and l.region = ?");
                parameters.add(enumName(query.regions().iterator().next()));
            }
            if (!query.yearsCompleted().isEmpty()) {
                where.append(" and l.completed_on >= ? and l.completed_on < ?");
                int year = query.yearsCompleted().iterator().next();
                parameters.add(Date.valueOf(year + "-01-01"));
                parameters.add(Date.valueOf((year + 1) + "-01-01"));
            }
            try (Connection connection = dataSource.getConnection()) {
                run(connection, "select l.id, l.title, l.summary, l.published_on" + where
                        + " order by l.published_on desc, l.id desc offset " + (query.page() * query.size())
                        + " rows fetch next " + query.size() + " rows only", parameters);
                run(connection, "select count(*)" + where, parameters);
                run(connection, "select l.project_type, count(*)" + where + " group by l.project_type", parameters);
                run(connection, "select l.region, count(*)" + where + " group by l.region", parameters);
                run(connection, "select extract(year from l.completed_on), count(*)" + where
                        + " group by extract(year from l.completed_on)", parameters);
                run(connection, "select s2.setting, count(*) from lesson_setting s2 where s2.lesson_id in (select l.id"
                        + where + ") group by s2.setting", parameters);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        };
    }

    private static String enumName(String code) {
        return code.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static void run(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- the data

    private int generate(int wanted) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> organisations = organisations(connection);
            int existing = count(connection, "select count(*) from lesson where external_id like 'bench-%'");
            if (existing >= wanted) {
                return 0;
            }
            long nextId = count(connection, "select coalesce(max(id), 0) from lesson") + 1L;
            SyntheticLessons generator = new SyntheticLessons(SEED + existing);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement lesson = connection.prepareStatement("insert into lesson (id, external_id, "
                    + "organisation_id, state, current_round, title, summary, project_type, region, started_on, "
                    + "completed_on, context, approach, outcomes, recommendations, would_do_differently, contact_name, "
                    + "contact_email, published_on, version, created_at, updated_at) values (?, ?, ?, 'PUBLISHED', 0, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
                    PreparedStatement setting = connection.prepareStatement(
                            "insert into lesson_setting (lesson_id, list_index, setting) values (?, ?, ?)");
                    PreparedStatement challenge = connection.prepareStatement("insert into lesson_challenge "
                            + "(lesson_id, list_index, challenge_type, description, resolution) values (?, ?, ?, ?, ?)");
                    PreparedStatement technology = connection.prepareStatement(
                            "insert into lesson_technology (lesson_id, list_index, name) values (?, ?, ?)");
                    PreparedStatement tag = connection.prepareStatement(
                            "insert into lesson_tag (lesson_id, list_index, tag) values (?, ?, ?)")) {
                for (int i = existing; i < wanted; i++) {
                    SyntheticLessons.Lesson l = generator.next(i, organisations.size());
                    long id = nextId++;
                    int p = 1;
                    lesson.setLong(p++, id);
                    lesson.setString(p++, l.externalId());
                    lesson.setLong(p++, organisations.get(l.organisation()));
                    lesson.setString(p++, l.title());
                    lesson.setString(p++, l.summary());
                    lesson.setString(p++, l.type().name());
                    lesson.setString(p++, l.region().name());
                    lesson.setDate(p++, Date.valueOf(l.startedOn()));
                    lesson.setDate(p++, Date.valueOf(l.completedOn()));
                    lesson.setString(p++, l.context());
                    lesson.setString(p++, l.approach());
                    lesson.setString(p++, l.outcomes());
                    lesson.setString(p++, l.recommendations());
                    lesson.setString(p++, l.wouldDoDifferently());
                    lesson.setString(p++, l.contactName());
                    lesson.setString(p++, l.contactEmail());
                    lesson.setDate(p++, Date.valueOf(l.publishedOn()));
                    lesson.setObject(p++, now);
                    lesson.setObject(p, now);
                    lesson.addBatch();
                    for (int s = 0; s < l.settings().size(); s++) {
                        child(setting, id, s, l.settings().get(s).name());
                    }
                    for (int c = 0; c < l.challenges().size(); c++) {
                        challenge.setLong(1, id);
                        challenge.setInt(2, c);
                        challenge.setString(3, l.types().get(c).name());
                        challenge.setString(4, l.challenges().get(c)[0]);
                        challenge.setString(5, l.challenges().get(c)[1]);
                        challenge.addBatch();
                    }
                    for (int t = 0; t < l.technologies().size(); t++) {
                        child(technology, id, t, l.technologies().get(t));
                    }
                    for (int t = 0; t < l.tags().size(); t++) {
                        child(tag, id, t, l.tags().get(t));
                    }
                    if ((i + 1) % BATCH == 0 || i + 1 == wanted) {
                        lesson.executeBatch();
                        setting.executeBatch();
                        challenge.executeBatch();
                        technology.executeBatch();
                        tag.executeBatch();
                        connection.commit();
                    }
                }
            }
            restartIdentity(connection, nextId);
            connection.commit();
            return wanted - existing;
        }
    }

    private static void child(PreparedStatement statement, long id, int index, String value) throws SQLException {
        statement.setLong(1, id);
        statement.setInt(2, index);
        statement.setString(3, value);
        statement.addBatch();
    }

    private List<Long> organisations(Connection connection) throws SQLException {
        int existing = count(connection, "select count(*) from organisation where ods_code like 'BN%'");
        if (existing < ORGANISATIONS) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement("insert into organisation (ods_code, name, "
                    + "org_type, region, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = existing; i < ORGANISATIONS; i++) {
                    Setting type = Setting.values()[i % Setting.values().length];
                    insert.setString(1, String.format("BN%04d", i));
                    insert.setString(2, "Benchmark " + type.label() + " Organisation " + i);
                    insert.setString(3, type.name());
                    insert.setString(4, Region.values()[i % Region.values().length].name());
                    insert.setObject(5, now);
                    insert.setObject(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select id from organisation where ods_code like 'BN%' order by ods_code")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static void restartIdentity(Connection connection, long next) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement statement = connection.createStatement()) {
            if (product.contains("postgres")) {
                statement.execute("select setval(pg_get_serial_sequence('lesson', 'id'), " + (next - 1) + ")");
            } else {
                statement.execute("alter table lesson alter column id restart with " + next);
            }
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private String database() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /**
     * The baseline of the relevance tests, timed on the portal's own index: an OR of the words (Lucene's English
     * analysis) over all of a lesson's text, BM25, the best ten, through the same index reader the portal opens for
     * each search. The portal's latency is reported as a ratio to it, which moves less with the machine than either.
     */
    private Object plainBm25(String words) {
        if (words == null || words.isBlank()) {
            return 0;
        }
        if (openSearch()) {
            return plainBm25OnOpenSearch(words);
        }
        Query query = new QueryBuilder(BM25_ANALYZER).createBooleanQuery("all", words, BooleanClause.Occur.SHOULD);
        if (query == null) {
            return 0;
        }
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Lesson.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return new IndexSearcher(reader).search(query, 10).totalHits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            return 0;
        }
    }

    private static final Analyzer BM25_ANALYZER = new EnglishAnalyzer();

    /**
     * The same baseline on OpenSearch: an OR of the words analysed by OpenSearch's {@code english} analyzer (Lucene's
     * {@code EnglishAnalyzer}) over the {@code all} field, BM25, the best ten, totals counted up to 1,000 as
     * {@link IndexSearcher#search(Query, int)} counts them, sent through Hibernate Search as the portal's requests are.
     */
    private Object plainBm25OnOpenSearch(String words) {
        JsonObject field = new JsonObject();
        field.addProperty("query", words);
        field.addProperty("analyzer", "english");
        JsonObject match = new JsonObject();
        match.add("all", field);
        JsonObject query = new JsonObject();
        query.add("match", match);
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em).search(Lesson.class).extension(ElasticsearchExtension.get())
                    .select(f -> f.jsonHit())
                    .where(f -> f.fromJson(query))
                    .requestTransformer(context -> {
                        context.body().addProperty("_source", false);
                        context.body().addProperty("track_total_hits", 1000);
                    })
                    .fetch(10).hits().size();
        } finally {
            em.close();
        }
    }

    private boolean openSearch() {
        return !(Search.mapping(entityManagerFactory).backend() instanceof LuceneBackend);
    }

    /** Heap in use after a full collection, and the process's resident memory (model and native libraries too). */
    private static String memory() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        String rss = "?";
        try {
            rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> String.format(Locale.UK, "%,.0f MB", Long.parseLong(l.replaceAll("\\D", "")) / 1e3))
                    .findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux: heap only
        }
        return String.format(Locale.UK, "heap after GC %,.0f MB, resident %s",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6, rss);
    }

    private long indexSize() {
        if (openSearch()) {
            // the node's data folder (its one index, after the mass indexer's merge and flush)
            return folderSize(Path.of(System.getProperty("opensearch.home")).resolve("data"));
        }
        String configured = System.getProperty("bench.index.dir");
        Path root = Path.of(configured == null ? "target/bench" : configured);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> configured != null || f.toString().contains("index-"))
                    .mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long folderSize(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ timing

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the calling thread for the last measured calls (searches run in the caller's thread). */
    private long[] lastCpu = new long[0];

    private <T> long[] time(List<T> warmUp, List<T> measured, java.util.function.Function<T, Supplier<Object>> call) {
        warmUp.forEach(t -> call.apply(t).get());
        long[] nanos = new long[measured.size()];
        lastCpu = new long[measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            nanos[i] = timeOnce(call.apply(measured.get(i)));
            lastCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        return nanos;
    }

    private static long timeOnce(Supplier<Object> call) {
        long start = System.nanoTime();
        call.get();
        return System.nanoTime() - start;
    }

    private static long percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String percentiles(long[] nanos, boolean p99) {
        return String.format(Locale.UK, "p50 %.1f ms, p95 %.1f ms%s, mean %.1f ms", percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6, p99 ? String.format(Locale.UK, ", p99 %.1f ms",
                        percentile(nanos, 99) / 1e6) : "",
                Arrays.stream(nanos).average().orElse(0) / 1e6);
    }

    private void report(String measure, String result) {
        results.put(measure, result);
        System.out.println("BENCH " + measure + ": " + result);
    }

    private static double seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0;
    }
}
