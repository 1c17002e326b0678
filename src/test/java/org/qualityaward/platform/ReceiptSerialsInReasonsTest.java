package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway V116 on reasons stored before it, on a database of its own. */
class ReceiptSerialsInReasonsTest {

  @Test
  @DisplayName("a stored disqualification reason keeps the receipt's serial, not the check code that opens the answer; other text is left as it was")
  void reasonsKeepSerialsOnly() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:v116;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).target("113").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("set referential_integrity false");
    jdbc.update("insert into publicity_entry (id, publicity_id, application_id, candidate_name, disqualified,"
        + " disqualification_reason) values (1, 1, 1, '候选单位', true,"
        + " '公示异议经调查属实（异议受理编号 YY-2025-000012-K7QX9M）：存在重大质量事故')");
    jdbc.update("insert into publicity_entry (id, publicity_id, application_id, candidate_name, disqualified,"
        + " disqualification_reason) values (2, 1, 2, '候选单位二', true,"
        + " '投诉举报经核实属实（投诉举报受理编号 TS-2025-000003-ABCDEF）：抽查不合格')");
    jdbc.update("insert into publicity_entry (id, publicity_id, application_id, candidate_name, disqualified)"
        + " values (3, 1, 3, '候选单位三', false)");

    jdbc.update("insert into application (id, version, edition_id, kind, recommender_code, stage, applicant_name,"
        + " applicant_key, submitted_at, outcome_reason) values (1, 0, 1, 'ORGANIZATION', 'R-ASSOC-QA', 'CLOSED', '申报人',"
        + " '91130602MA0E12342B', current_timestamp, '公示异议经调查属实（异议受理编号 YY-2025-000012-K7QX9M）：存在重大质量事故')");

    Flyway.configure().dataSource(dataSource).javaMigrations(new V116__ReceiptSerialsInReasons()).load().migrate();

    assertThat(jdbc.queryForObject("select outcome_reason from application", String.class))
        .isEqualTo("公示异议经调查属实（异议受理编号 YY-2025-000012）：存在重大质量事故");

    assertThat(jdbc.queryForList("select disqualification_reason from publicity_entry order by id", String.class))
        .containsExactly("公示异议经调查属实（异议受理编号 YY-2025-000012）：存在重大质量事故",
            "投诉举报经核实属实（投诉举报受理编号 TS-2025-000003）：抽查不合格", null);
  }
}
