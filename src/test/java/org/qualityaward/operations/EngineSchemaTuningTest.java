package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 16: the engine's tables get the index its schema lacks, and a second start leaves them as they are. */
@SpringBootTest
class EngineSchemaTuningTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired EngineSchemaTuning tuning;

  @Test
  @DisplayName("a task's subtasks and an instance's called instances in the history are found by index")
  void subtaskAndCalledInstanceLookupsIndexed() {
    tuning.afterPropertiesSet(); // as at the next start: nothing to do, nothing fails
    assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes"
        + " where lower(index_name) = 'qa_ix_ru_task_parent' and lower(table_name) = 'act_ru_task'", Integer.class))
        .isEqualTo(1);
    String plan = jdbc.queryForObject("explain select * from ACT_HI_PROCINST where SUPER_PROCESS_INSTANCE_ID_ = ?",
        String.class, "no-such-instance");
    assertThat(plan).containsIgnoringCase("qa_ix_hi_procinst_super");
  }

  @Test
  @DisplayName("on H2 an execution's variables are read by an index of execution and task, not by every process variable")
  void executionVariablesIndexedOnH2() {
    assertThat(jdbc.queryForList("select lower(column_name) from information_schema.index_columns"
        + " where lower(index_name) = 'qa_ix_ru_var_exec_task' and lower(table_name) = 'act_ru_variable'"
        + " order by ordinal_position", String.class)).containsExactly("execution_id_", "task_id_");
    String plan = jdbc.queryForObject("explain select * from ACT_RU_VARIABLE where EXECUTION_ID_ = ?"
        + " and TASK_ID_ is null", String.class, "no-such-execution");
    assertThat(plan).containsIgnoringCase("qa_ix_ru_var_exec_task");
  }
}
