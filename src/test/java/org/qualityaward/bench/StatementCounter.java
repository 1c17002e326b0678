package org.qualityaward.bench;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts every SQL statement the application sends, engine and our records alike, and the time each kind
 * takes: the application's {@link DataSource} is wrapped by datasource-proxy before anyone (Camunda, JPA,
 * Flyway) receives it. The costliest statements point at what to fix.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter implements BeanPostProcessor {

  private record Totals(LongAdder count, LongAdder millis) {
  }

  /**
   * What a statement works on, by its first table: where the statements a task costs go. Keys in the results:
   * history (ACT_HI_*), variables (ACT_RU_VARIABLE, ACT_GE_BYTEARRAY), authorizations (ACT_RU_AUTHORIZATION),
   * engine (its other tables), ours (everything else).
   */
  enum Kind {
    HISTORY, VARIABLES, AUTHORIZATIONS, ENGINE, OURS;

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:into|update|from)\\s+([a-z_][a-z0-9_]*)");

    static Kind of(String sql) {
      Matcher table = TABLE.matcher(sql);
      String name = table.find() ? table.group(1).toUpperCase(Locale.ROOT) : "";
      if (name.startsWith("ACT_HI_")) {
        return HISTORY;
      }
      if (name.equals("ACT_RU_VARIABLE") || name.equals("ACT_GE_BYTEARRAY")) {
        return VARIABLES;
      }
      if (name.equals("ACT_RU_AUTHORIZATION")) {
        return AUTHORIZATIONS;
      }
      return name.startsWith("ACT_") ? ENGINE : OURS;
    }
  }

  private final Map<String, Totals> bySql = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      return ProxyDataSourceBuilder.create(dataSource).name(beanName).afterQuery((execution, queries) -> {
        for (QueryInfo query : queries) {
          Totals totals = bySql.computeIfAbsent(query.getQuery(), sql -> new Totals(new LongAdder(), new LongAdder()));
          // a batch sends the statement once per row: each row is a statement the database runs
          totals.count().add(execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1);
          totals.millis().add(execution.getElapsedTime() / queries.size());
        }
      }).build();
    }
    return bean;
  }

  /** Statements sent so far, of every kind (select, insert, update, delete, other). */
  long statements() {
    return bySql.values().stream().mapToLong(totals -> totals.count().sum()).sum();
  }

  /** Statements sent so far by what they work on. */
  Map<Kind, Long> byKind() {
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0L);
    }
    bySql.forEach((sql, totals) -> counts.merge(Kind.of(sql), totals.count().sum(), Long::sum));
    return counts;
  }

  /** Statements per task of each kind between two readings of {@link #byKind}. */
  static Map<String, Double> perTask(Map<Kind, Long> before, Map<Kind, Long> after, long tasks) {
    Map<String, Double> perTask = new LinkedHashMap<>();
    after.forEach((kind, count) -> perTask.put(kind.name().toLowerCase(Locale.ROOT), BenchResults.round((count - before.get(kind)) / (double) tasks)));
    return perTask;
  }

  /** Milliseconds spent in the database so far, by the statements' own clocks. */
  long millis() {
    return bySql.values().stream().mapToLong(totals -> totals.millis().sum()).sum();
  }

  /** The statements that took the most time so far, with how often they ran. */
  List<Map<String, Object>> costliest(int limit) {
    return top(limit, totals -> totals.millis().sum());
  }

  /** The statements sent most often so far. */
  List<Map<String, Object>> commonest(int limit) {
    return top(limit, totals -> totals.count().sum());
  }

  private List<Map<String, Object>> top(int limit, ToLongFunction<Totals> by) {
    return bySql.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Totals> e) -> by.applyAsLong(e.getValue())).reversed())
        .limit(limit).map(e -> {
          Map<String, Object> statement = new LinkedHashMap<>();
          statement.put("millis", e.getValue().millis().sum());
          statement.put("count", e.getValue().count().sum());
          statement.put("sql", shortened(e.getKey().replaceAll("\\s+", " ")));
          return statement;
        }).toList();
  }

  /** The statement's head and its condition: the engine's statements share long heads and differ in their where. */
  private static String shortened(String sql) {
    int where = Math.max(sql.lastIndexOf(" WHERE "), sql.lastIndexOf(" where "));
    if (sql.length() <= 300 || where < 0) {
      return sql.substring(0, Math.min(300, sql.length()));
    }
    return sql.substring(0, 120) + " … " + sql.substring(where, Math.min(sql.length(), where + 180));
  }
}
