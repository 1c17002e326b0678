package org.qualityaward.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The case register's queries with the criteria API (no JPQL string, issue 16): the filter is one where
 * clause shared by the page and its count, so only one page of rows ever leaves the database.
 */
class CaseRegisterQueriesImpl implements CaseRegisterQueries {

  private final EntityManager entityManager;

  CaseRegisterQueriesImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<CaseRow> findRows(CaseFilter filter, CaseOrder order, boolean descending, int offset, int limit) {
    CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
    CriteriaQuery<CaseRow> query = criteria.createQuery(CaseRow.class);
    Root<Application> application = query.from(Application.class);
    query.select(criteria.construct(CaseRow.class, application.get("id"), application.get("applicationNumber"),
        application.get("applicantName"), application.get("kind"), application.get("recommenderCode"),
        application.get("stage"), application.get("outcome"), application.get("submittedAt")));
    query.where(where(criteria, application, filter));
    Expression<?> key = switch (order) {
      case NUMBER -> application.get("applicationNumber");
      case APPLICANT -> application.get("applicantName");
      case STAGE -> stageOrder(criteria, application);
      case SUBMITTED -> application.get("submittedAt");
    };
    Order first = descending ? criteria.desc(key) : criteria.asc(key);
    Order tie = descending ? criteria.desc(application.get("id")) : criteria.asc(application.get("id"));
    query.orderBy(first, tie);
    return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long countRows(CaseFilter filter) {
    CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = criteria.createQuery(Long.class);
    Root<Application> application = query.from(Application.class);
    query.select(criteria.count(application)).where(where(criteria, application, filter));
    return entityManager.createQuery(query).getSingleResult();
  }

  /**
   * The stage's position in ApplicationStage (Art 16-19); the column holds the name, which sorts alphabetically.
   * The positions are two-digit text: the CASE's values are bound as parameters, which H2 typed as text and
   * sorted 0, 11, 6, so they must sort alike as text and as numbers.
   */
  private static Expression<String> stageOrder(CriteriaBuilder criteria, Root<Application> application) {
    CriteriaBuilder.Case<String> position = criteria.selectCase();
    for (ApplicationStage stage : ApplicationStage.values()) {
      position = position.when(criteria.equal(application.get("stage"), stage), "%02d".formatted(stage.ordinal()));
    }
    return position.otherwise("99");
  }

  private static Predicate[] where(CriteriaBuilder criteria, Root<Application> application, CaseFilter filter) {
    List<Predicate> where = new ArrayList<>();
    if (filter.editionId() != null) {
      where.add(criteria.equal(application.get("editionId"), filter.editionId()));
    }
    if (filter.stage() != null) {
      where.add(criteria.equal(application.get("stage"), filter.stage()));
    }
    if (filter.kind() != null) {
      where.add(criteria.equal(application.get("kind"), filter.kind()));
    }
    if (filter.recommenderCode() != null) {
      where.add(criteria.equal(application.get("recommenderCode"), filter.recommenderCode()));
    }
    if (filter.outcome() != null) {
      where.add(criteria.equal(application.get("outcome"), filter.outcome()));
    }
    if (filter.search() != null && !filter.search().isBlank()) {
      String term = escape(filter.search().strip());
      where.add(criteria.or(
          criteria.like(criteria.lower(application.get("applicantName")), "%" + term.toLowerCase(Locale.ROOT) + "%", '\\'),
          criteria.like(application.get("applicationNumber"), "%" + term.toUpperCase(Locale.ROOT) + "%", '\\'),
          criteria.like(application.get("creditCode"), term.toUpperCase(Locale.ROOT) + "%", '\\')));
    }
    return where.toArray(Predicate[]::new);
  }

  /** The user's text matched literally: {@code %} and {@code _} are not wildcards here. */
  private static String escape(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
