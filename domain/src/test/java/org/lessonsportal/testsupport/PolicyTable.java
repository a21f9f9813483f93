package org.lessonsportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a policy's table of every cell (ADR 0052): comma-separated, blank lines and {@code #} comments skipped; the
 * first line names the columns after the row's key cells (one constant each of {@code columns}, all of them); every
 * other line gives its keys, then {@code Y} (allowed) or {@code -} (refused) for each column.
 */
public final class PolicyTable {

    /** One line of the table: its key cells as written, and whether each column allows. */
    public record Line<C extends Enum<C>>(List<String> keys, Map<C, Boolean> allowed) {
    }

    private PolicyTable() {
    }

    public static <C extends Enum<C>> List<Line<C>> read(Class<?> test, String resource, int keyCells,
            Class<C> columnType) {
        List<Line<C>> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(test.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
            List<C> columns = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split(",")).map(String::strip).toList();
                if (columns == null) {
                    columns = cells.subList(keyCells, cells.size()).stream()
                            .map(name -> Enum.valueOf(columnType, name)).toList();
                    assertThat(columns).containsExactlyInAnyOrder(columnType.getEnumConstants());
                    continue;
                }
                assertThat(cells).as("cells in row %s", line).hasSize(columns.size() + keyCells);
                Map<C, Boolean> allowed = new EnumMap<>(columnType);
                for (int i = 0; i < columns.size(); i++) {
                    String cell = cells.get(i + keyCells);
                    assertThat(cell).as("cell %s in row %s", columns.get(i), line).isIn("Y", "-");
                    allowed.put(columns.get(i), cell.equals("Y"));
                }
                lines.add(new Line<>(cells.subList(0, keyCells), allowed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
