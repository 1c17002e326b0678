package org.qualityaward.recommender;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recommenders")
class RecommenderController {

  private final RecommenderRepository recommenders;

  RecommenderController(RecommenderRepository recommenders) {
    this.recommenders = recommenders;
  }

  record RecommenderView(String code, String name, String type, String typeLabel, String countyCode, String countyName) {}

  @GetMapping
  List<RecommenderView> list() {
    return recommenders.findAllByOrderByCode().stream()
        .map(r -> new RecommenderView(r.getCode(), r.getName(), r.getType().name(), r.getType().label(),
            r.getCountyCode(), r.getCountyName()))
        .toList();
  }
}
