package org.qualityaward.timeline;

import org.qualityaward.kernel.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The managers' edition pages; who may see them is identity.SecurityConfig's /manager chain. */
@Controller
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

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "manager/not-found";
  }
}
