package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.integration;
import static org.myomap.session.Sessions.newClinic;
import static org.myomap.session.Sessions.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.myomap.support.StatementLog;

/** Session lists and the change feed page by position (keyset), in a fixed number of statements per page. */
@QuarkusTest
class SessionPagingTest {

    private static final String[] DATES = {"2026-10-05", "2026-10-06", "2026-10-07"};

    record Listed(String id, String date) {
    }

    @Test
    void pagingReturnsEverySessionExactlyOnceInDateThenIdOrderThroughTiesOnDate() {
        String clinic = newClinic();
        List<Listed> recorded = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            String date = DATES[i % DATES.length];
            recorded.add(new Listed(record(clinic, body("P-2001", date, 6, 3)), date));
        }
        // PostgreSQL orders uuids byte by byte, which is the order of their lower-case text
        recorded.sort(Comparator.comparing(Listed::date).thenComparing(Listed::id));

        List<Listed> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = page(clinic, cursor);
            paged.addAll(page.getList("items", java.util.Map.class).stream()
                    .map(item -> new Listed((String) item.get("id"), (String) item.get("date"))).toList());
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(pages).isEqualTo(5);
        assertThat(paged).containsExactlyElementsOf(recorded);
    }

    @Test
    void aListPageCostsAtMostThreeStatementsHoweverDeepItIs() {
        String clinic = newClinic();
        for (int i = 0; i < 20; i++) {
            record(clinic, body("P-2002", DATES[i % DATES.length], 6, 3));
        }
        String cursor = page(clinic, null).getString("next");
        cursor = page(clinic, cursor).getString("next");
        String deep = cursor;
        assertThat(deep).isNotNull();

        List<String> statements = StatementLog.during(() -> page(clinic, deep));

        assertThat(statements).hasSizeLessThanOrEqualTo(3);
        assertThat(statements).noneMatch(sql -> sql.toLowerCase().contains("offset"));
        assertThat(statements).anyMatch(sql -> sql.replace(" ", "").matches("(?s).*\\(\\w+\\.session_date,\\w+\\.id\\)>\\(\\?,\\?\\).*"));
    }

    @Test
    void aChangeFeedPageCostsAtMostThreeStatementsWhateverItHolds() {
        String clinic = newClinic();
        for (int i = 0; i < 25; i++) {
            record(clinic, body("P-2003", DATES[i % DATES.length], 6, 3));
        }
        AtomicReference<JsonPath> page = new AtomicReference<>();

        List<String> statements = StatementLog.during(() -> page.set(integration(clinic).queryParam("limit", 100)
                .get("/api/v1/sessions/changes").then().statusCode(200).extract().jsonPath()));

        assertThat(page.get().getList("items")).hasSize(25);
        assertThat(page.get().getList("items.session.patientRef", String.class)).containsOnly("P-2003");
        assertThat(statements).hasSizeLessThanOrEqualTo(3);
    }

    private static JsonPath page(String clinic, String cursor) {
        var request = clinician(clinic).queryParam("limit", 7);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/sessions").then().statusCode(200).extract().jsonPath();
    }
}
