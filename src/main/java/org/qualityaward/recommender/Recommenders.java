package org.qualityaward.recommender;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recommending units as other modules read them; their repository stays inside this module. */
@Service
@Transactional(readOnly = true)
public class Recommenders {

  private final RecommenderRepository recommenders;

  Recommenders(RecommenderRepository recommenders) {
    this.recommenders = recommenders;
  }

  public Optional<Recommender> find(String code) {
    return recommenders.findByCode(code);
  }

  public List<Recommender> ofType(RecommenderType type) {
    return recommenders.findByTypeOrderByCode(type);
  }

  /** Every unit by code: the office's lists and filters. */
  public List<Recommender> all() {
    return recommenders.findAllByOrderByCode();
  }
}
