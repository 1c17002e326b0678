package org.qualityaward.honour;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/honours}: the public register of honours (no login); {@code GET /api/honours/{id}}:
 * one honour with its history, for the office, the leading group, the regulators and the city government;
 * a person's ID number in full for the office only.
 */
@RestController
@RequestMapping("/api/honours")
class HonourController {

  private final HonourViews views;

  HonourController(HonourViews views) {
    this.views = views;
  }

  @GetMapping
  List<HonourViews.Summary> list(@RequestParam(required = false) String state,
      @RequestParam(required = false) String holder) {
    return views.list(state(state), holder);
  }

  @GetMapping("/{id}")
  HonourViews.Detail get(@PathVariable Long id, HttpServletRequest request) {
    return views.detail(id, request.isUserInRole(Role.QUALITY_OFFICE.name()));
  }

  private static HonourState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return HonourState.valueOf(state.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldProblem("state", "应为 VALID、EXPIRED 或 REVOKED：" + state)));
    }
  }
}
