package org.qualityaward.recommender;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.recommender.RecommenderUnits.UnitForm;
import org.qualityaward.web.ManagerPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The recommending units page (/manager/units, Art 16): units and county coordination bodies with the people
 * who act for them; the office adds and corrects units and their people, the leading group reads
 * (identity.SecurityConfig lets only the office post).
 */
@Controller
@ManagerPage
@RequestMapping("/manager/units")
class UnitPageController {

  private static final String OFFICE = "QUALITY_OFFICE";

  private final RecommenderUnits units;

  UnitPageController(RecommenderUnits units) {
    this.units = units;
  }

  @GetMapping
  String list(Model model, HttpServletRequest request) {
    List<RecommenderUnits.Unit> all = units.all();
    model.addAttribute("units", all);
    model.addAttribute("counties", units.counties(all));
    model.addAttribute("mayEdit", request.isUserInRole(OFFICE));
    return "manager/units";
  }

  @GetMapping("/new")
  String newUnit(Model model, HttpServletRequest request) {
    return form(model, new UnitForm(null, null, null, null, null, null), null, Map.of(), request.isUserInRole(OFFICE));
  }

  @PostMapping
  String add(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
      @RequestParam(required = false) String type, @RequestParam(required = false) String countyCode,
      @RequestParam(required = false) String countyName, Model model) {
    UnitForm form = new UnitForm(code, name, type, countyCode, countyName, null);
    try {
      return "redirect:/manager/units/" + units.add(form).getCode() + "?saved";
    } catch (InvalidInputException e) {
      return form(model, form, null, FieldProblem.byField(e.problems()), true);
    }
  }

  @GetMapping("/{code}")
  String edit(@PathVariable String code, Model model, HttpServletRequest request) {
    Recommender unit = units.get(code);
    return form(model, new UnitForm(unit.getCode(), unit.getName(), unit.getType().name(), unit.getCountyCode(),
        unit.getCountyName(), unit.getVersion()), unit, Map.of(), request.isUserInRole(OFFICE));
  }

  /**
   * A correction; a version older than the record's is a concurrent edit (409): the form comes back with what
   * was typed, unsaved, at the record's current version, so that saving again overwrites knowingly.
   */
  @PostMapping("/{code}")
  String revise(@PathVariable String code, @RequestParam(required = false) String name,
      @RequestParam(required = false) String type, @RequestParam(required = false) String countyCode,
      @RequestParam(required = false) String countyName, @RequestParam(required = false) Long version, Model model,
      HttpServletResponse response) {
    Recommender unit = units.get(code);
    UnitForm form = new UnitForm(code, name, type, countyCode, countyName, version);
    try {
      units.revise(code, form);
      return "redirect:/manager/units/" + code + "?saved";
    } catch (InvalidInputException e) {
      return form(model, form, unit, FieldProblem.byField(e.problems()), true);
    } catch (ConflictException stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(model, new UnitForm(code, name, type, countyCode, countyName, unit.getVersion()), unit,
          Map.of("version", List.of("该单位在您打开页面后已被他人修改：下面是您填写的内容，尚未保存；核对后再次保存即以您填写的为准"
              + "（覆盖他人的修改），或刷新页面放弃")), true);
    }
  }

  /** Adds a user to a unit's or county body's group; a refused user comes back in the list with the reason. */
  @PostMapping("/groups/{groupId}/members")
  String addMember(@PathVariable String groupId, @RequestParam(required = false) String userId, Model model,
      HttpServletRequest request) {
    try {
      units.addMember(groupId, userId);
      return "redirect:/manager/units?added=" + groupId + "#" + groupId;
    } catch (InvalidInputException e) {
      model.addAttribute("memberError", e.problems().get(0).message());
      model.addAttribute("memberGroup", groupId);
      model.addAttribute("typedUserId", userId);
      return list(model, request);
    }
  }

  @PostMapping("/groups/{groupId}/members/{userId}/removal")
  String removeMember(@PathVariable String groupId, @PathVariable String userId) {
    units.removeMember(groupId, userId);
    return "redirect:/manager/units#" + groupId;
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(ConflictException e, Model model) {
    model.addAttribute("message", e.getMessage());
    model.addAttribute("back", "/manager/units");
    return "manager/conflict";
  }

  private static String form(Model model, UnitForm form, Recommender unit, Map<String, List<String>> errors,
      boolean mayEdit) {
    model.addAttribute("form", form);
    model.addAttribute("unit", unit);
    model.addAttribute("errors", errors);
    model.addAttribute("types", RecommenderType.values());
    model.addAttribute("mayEdit", mayEdit);
    return "manager/unit";
  }

}
