package org.qualityaward.timeline;

import org.qualityaward.web.ManagerPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The managers' edition pages; who may see them is identity.SecurityConfig's /manager chain. */
@Controller
@ManagerPage
@RequestMapping("/manager/editions")
class TimelineController {

  private final EditionTimelines timelines;

  TimelineController(EditionTimelines timelines) {
    this.timelines = timelines;
  }

  @GetMapping
  String editions(Model model) {
    model.addAttribute("editions", timelines.editions());
    return "manager/editions";
  }

  @GetMapping("/{id}/timeline")
  String timeline(@PathVariable Long id, Model model) {
    model.addAttribute("timeline", timelines.timeline(id));
    return "manager/timeline";
  }
}
