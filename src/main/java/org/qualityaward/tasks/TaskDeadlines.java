package org.qualityaward.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The last day of a new task for {@link TaskDetails}: the one its case fixes ({@link CaseTasks}, e.g.
 * the return visit's due day, the publicity an objection was filed in), otherwise its configured
 * working days. Checks {@code qa.tasks.due-working-days} against the models at start-up.
 */
@Component
class TaskDeadlines {

  private static final String MODELS = "classpath*:processes/**/*.bpmn";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private final WorkingDayCalendar calendar;
  private final DueDayRule rule;
  private final List<CaseTasks> cases;

  TaskDeadlines(WorkingDayCalendar calendar, TaskProperties properties, List<CaseTasks> cases) {
    this.calendar = calendar;
    Map<String, String> fixedByCase = new HashMap<>();
    cases.forEach(c -> fixedByCase.putAll(c.fixedByCase()));
    this.rule = new DueDayRule(calendar,
        DueDayRule.checkConfiguration(properties.dueWorkingDays(), userTaskKeys(), fixedByCase));
    this.cases = List.copyOf(cases);
  }

  /** The last day the task is on time; empty when neither the case nor the configuration sets one. */
  Optional<LocalDate> lastDay(DelegateTask task) {
    LocalDate today = calendar.today();
    return cases.stream().map(c -> c.lastDay(task, today)).flatMap(Optional::stream).findFirst()
        .or(() -> rule.configured(task.getTaskDefinitionKey(), today));
  }

  /** The instant the task is overdue: when its last day is over in the award's zone. */
  Date dueAt(LocalDate lastDay) {
    return new Date(calendar.startOf(lastDay.plusDays(1)).getTime() - 1000);
  }

  /**
   * The user task keys of the models the application deploys. Read with StAX: the engine parses and
   * validates the models when it deploys them; a second parse with the model API and its XML schema here
   * cost every start more than the rest of this check (issue 16).
   */
  static Set<String> userTaskKeys() {
    Set<String> keys = new TreeSet<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try {
      for (Resource model : new PathMatchingResourcePatternResolver().getResources(MODELS)) {
        try (InputStream in = model.getInputStream()) {
          XMLStreamReader xml = factory.createXMLStreamReader(in);
          while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && BPMN.equals(xml.getNamespaceURI())
                && "userTask".equals(xml.getLocalName())) {
              keys.add(xml.getAttributeValue(null, "id"));
            }
          }
          xml.close();
        }
      }
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("无法读取流程模型 " + MODELS, e);
    }
    return keys;
  }
}
