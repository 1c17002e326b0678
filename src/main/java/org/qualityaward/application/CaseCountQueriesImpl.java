package org.qualityaward.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;

/**
 * Group-by counts built with the criteria API: as JPQL strings ({@code @Query}) Spring Data and Hibernate
 * would parse them at every start-up, the first parse of their HQL parsers costing seconds (issue 16).
 */
class CaseCountQueriesImpl implements CaseCountQueries {

  private final EntityManager entityManager;

  CaseCountQueriesImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<CaseCount> countByStageAndOutcome(Long editionId) {
    return count(editionId);
  }

  @Override
  public List<CaseCount> countAllByStageAndOutcome() {
    return count(null);
  }

  /** Over one edition, or all when {@code editionId} is null. */
  private List<CaseCount> count(Long editionId) {
    CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
    CriteriaQuery<CaseCount> query = criteria.createQuery(CaseCount.class);
    Root<Application> application = query.from(Application.class);
    query.select(criteria.construct(CaseCount.class, application.get("stage"), application.get("outcome"),
        criteria.count(application)));
    if (editionId != null) {
      query.where(criteria.equal(application.get("editionId"), editionId));
    }
    query.groupBy(application.get("stage"), application.get("outcome"));
    return entityManager.createQuery(query).getResultList();
  }
}
