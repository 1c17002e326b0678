package org.qualityaward.expert;

import java.util.List;

interface LatestRatingQueries {

  /** Each rated expert's latest rating: one query for a whole draw's pool. */
  List<ExpertRating> findLatestOfEach();
}
