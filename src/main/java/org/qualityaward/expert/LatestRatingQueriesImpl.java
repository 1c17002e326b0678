package org.qualityaward.expert;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;

/** Built with the criteria API: a JPQL string would be parsed at every start-up (issue 16). */
class LatestRatingQueriesImpl implements LatestRatingQueries {

  private final EntityManager entityManager;

  LatestRatingQueriesImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<ExpertRating> findLatestOfEach() {
    CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
    CriteriaQuery<ExpertRating> query = criteria.createQuery(ExpertRating.class);
    Root<ExpertRating> rating = query.from(ExpertRating.class);
    Subquery<Long> latest = query.subquery(Long.class);
    Root<ExpertRating> any = latest.from(ExpertRating.class);
    latest.select(criteria.max(any.get("id"))).groupBy(any.get("expertId"));
    return entityManager.createQuery(query.select(rating).where(rating.get("id").in(latest))).getResultList();
  }
}
