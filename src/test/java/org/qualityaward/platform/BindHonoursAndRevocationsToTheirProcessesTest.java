package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway V84 on honours and revocations recorded before V83, each on a database of its own. */
class BindHonoursAndRevocationsToTheirProcessesTest {

  @Test
  @DisplayName("earlier honours and revocations are bound to the instance whose honourId / revocationId names them, running or ended")
  void bindsEarlierRows() {
    JdbcTemplate jdbc = migratedTo83("v84");
    // the engine's tables, reduced to the columns V84 reads
    jdbc.execute("create table act_re_procdef (id_ varchar(64), key_ varchar(255))");
    jdbc.execute("create table act_ru_execution (id_ varchar(64), proc_inst_id_ varchar(64), proc_def_id_ varchar(64))");
    jdbc.execute("create table act_ru_variable (name_ varchar(255), execution_id_ varchar(64),"
        + " proc_inst_id_ varchar(64), long_ bigint)");
    jdbc.execute("create table act_hi_varinst (name_ varchar(255), execution_id_ varchar(64), proc_inst_id_ varchar(64),"
        + " proc_def_key_ varchar(255), long_ bigint)");
    jdbc.update("insert into act_re_procdef values ('honour:1:a', 'honour'), ('complaint:1:b', 'complaint'),"
        + " ('revocation:1:c', 'revocation')");
    // honour 1 runs in h-1; a complaint about it names it too, and so does the revocation's instance
    jdbc.update("insert into act_ru_execution values ('h-1', 'h-1', 'honour:1:a'), ('c-1', 'c-1', 'complaint:1:b'),"
        + " ('r-1', 'r-1', 'revocation:1:c')");
    jdbc.update("insert into act_ru_variable values ('honourId', 'c-1', 'c-1', 1), ('honourId', 'h-1', 'h-1', 1),"
        + " ('honourId', 'r-1', 'r-1', 1), ('revocationId', 'r-1', 'r-1', 10), ('revocationId', 'c-1', 'c-1', 10)");
    // honour 2's instance has ended: only the history names it; honour 3 (a nomination) has none
    jdbc.update("insert into act_hi_varinst values ('honourId', 'h-2', 'h-2', 'honour', 2),"
        + " ('honourId', 'h-1', 'h-1', 'honour', 1)");
    honour(jdbc, 1, "AWARD");
    honour(jdbc, 2, "AWARD");
    honour(jdbc, 3, "NOMINATION");
    jdbc.update("insert into revocation (id, honour_id, opened_at, state, version)"
        + " values (10, 1, current_timestamp, 'PROPOSED', 0)");

    migrateAll(jdbc);

    assertThat(jdbc.queryForList("select process_instance_id from honour order by id", String.class))
        .containsExactly("h-1", "h-2", null);
    assertThat(jdbc.queryForObject("select process_instance_id from revocation", String.class)).isEqualTo("r-1");
  }

  @Test
  @DisplayName("on a new database, before the engine has created its tables, there is nothing to bind")
  void newDatabase() {
    JdbcTemplate jdbc = migratedTo83("v84-new");
    honour(jdbc, 1, "AWARD");

    migrateAll(jdbc);

    assertThat(jdbc.queryForObject("select process_instance_id from honour", String.class)).isNull();
  }

  private static JdbcTemplate migratedTo83(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).target("83").load().migrate();
    return new JdbcTemplate(dataSource);
  }

  private static void migrateAll(JdbcTemplate jdbc) {
    Flyway.configure().dataSource(jdbc.getDataSource())
        .javaMigrations(new V84__BindHonoursAndRevocationsToTheirProcesses()).load().migrate();
  }

  private static void honour(JdbcTemplate jdbc, long id, String level) {
    jdbc.update("insert into honour (id, holder_name, kind, award_level, holder_credit_code, awarded_on, valid_until,"
        + " state) values (?, '保定某公司', 'ORGANIZATION', ?, '91130602MA0E12342B', date '2020-06-01',"
        + " date '2025-05-31', 'VALID')", id, level);
  }
}
