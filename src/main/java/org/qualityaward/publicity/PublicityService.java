package org.qualityaward.publicity;

import org.qualityaward.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes lists (公示). The process {@code publicity} is started by the caller (call activity
 * with {@code <camunda:in source="publicityId" target="publicityId"/>}).
 */
@Service
public class PublicityService {

  private final PublicityRepository publicities;
  private final PublicityEntryRepository entries;
  private final PublicityProperties properties;
  private final WorkingDayCalendar clock;

  public PublicityService(PublicityRepository publicities, PublicityEntryRepository entries,
      PublicityProperties properties, WorkingDayCalendar clock) {
    this.publicities = publicities;
    this.entries = entries;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Stores a publicity and its entries (state RUNNING, period computed when the process starts).
   *
   * @return the new publicity id
   * @throws InvalidPublicityException when the request breaks the Measures, e.g. fewer than 5
   *     working days (Art 16/17/18/21), or is incomplete
   */
  @Transactional
  public Long publish(PublicityRequest request) {
    validate(request);
    Publicity publicity = publicities.save(new Publicity(request.title().strip(), request.kind(),
        request.editionId(), request.publishedOn(), request.publicityDays(),
        request.handlerGroup().strip(), clock.now()));
    for (PublicityRequest.Entry e : request.entries()) {
      entries.save(new PublicityEntry(publicity.getId(), e.applicationId(), e.candidateName().strip(),
          e.summary()));
    }
    return publicity.getId();
  }

  @Transactional(readOnly = true)
  public List<PublicityEntry> entriesOf(Long publicityId) {
    return entries.findByPublicityIdOrderByIdAsc(publicityId);
  }

  @Transactional(readOnly = true)
  public List<Publicity> ofEdition(Long editionId) {
    return publicities.findByEditionIdOrderByPublishedOnAscIdAsc(editionId);
  }

  /**
   * A candidate disqualified elsewhere than on an objection to a list (a founded complaint, Art 9(6), 17) is
   * marked so on each list still published, as an upheld objection marks its own entry: the notice board and
   * the publicity's outcome show it. Concluded lists stay as they were published.
   */
  @EventListener
  @Transactional
  public void on(CandidateDisqualified event) {
    if (event.publicityId() != null) {
      return; // the objection's delegate marked its entry
    }
    for (PublicityEntry entry : entries.findByApplicationIdOrderByIdAsc(event.applicationId())) {
      publicities.findById(entry.getPublicityId())
          .filter(p -> p.getState() != PublicityState.CONCLUDED && p.getState() != PublicityState.WITHDRAWN)
          .ifPresent(p -> entry.disqualify(event.reason()));
    }
  }

  /** Comma-separated application ids disqualified in this publicity, ascending; "" if none. */
  @Transactional
  public String disqualifiedApplicationIds(Long publicityId) {
    return entries.findByPublicityIdAndDisqualifiedTrueOrderByApplicationIdAsc(publicityId).stream()
        .map(e -> String.valueOf(e.getApplicationId())).collect(Collectors.joining(","));
  }

  private void validate(PublicityRequest r) {
    if (r == null) {
      throw new InvalidPublicityException("公示请求为空（publicity request is missing）");
    }
    List<String> problems = new ArrayList<>();
    int min = properties.minimumWorkingDays();
    if (r.publicityDays() < min) {
      problems.add("公示期不少于" + min + "个工作日（Art 16/17/18/21: a publicity runs at least " + min
          + " working days; requested " + r.publicityDays() + "）");
    }
    if (r.title() == null || r.title().isBlank()) {
      problems.add("公示标题不能为空（title is required）");
    }
    if (r.kind() == null) {
      problems.add("公示类型不能为空（kind is required）");
    }
    if (r.publishedOn() == null) {
      problems.add("公示发布日期不能为空（publishedOn is required）");
    }
    if (r.handlerGroup() == null || r.handlerGroup().isBlank()) {
      problems.add("异议处理组不能为空（handlerGroup is required）");
    }
    if (r.entries() == null || r.entries().isEmpty()) {
      problems.add("公示名单不能为空（entries are required）");
    } else {
      Set<Long> seen = new HashSet<>();
      for (PublicityRequest.Entry e : r.entries()) {
        if (e == null || e.applicationId() == null || e.candidateName() == null
            || e.candidateName().isBlank()) {
          problems.add("公示名单的每一项都需要申报编号和名称（each entry needs applicationId and candidateName）");
        } else if (!seen.add(e.applicationId())) {
          problems.add("申报 " + e.applicationId() + " 在名单中重复（duplicate applicationId）");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPublicityException(String.join("; ", problems));
    }
  }
}
