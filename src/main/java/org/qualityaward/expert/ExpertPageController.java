package org.qualityaward.expert;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.recommender.Recommenders;
import org.qualityaward.web.ManagerPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The expert pool page (/manager/experts, Art 9(2), 10): the office lists, adds, corrects, deactivates,
 * imports and exports experts; the leading group reads (identity.SecurityConfig lets only the office post).
 * The rules are ExpertPool's, as for /api/experts.
 */
@Controller
@ManagerPage
@RequestMapping("/manager/experts")
class ExpertPageController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final String OFFICE = "QUALITY_OFFICE";

  private final ExpertPool pool;
  private final ExpertRatings ratings;
  private final ExpertImport importer;
  private final Recommenders recommenders;

  ExpertPageController(ExpertPool pool, ExpertRatings ratings, ExpertImport importer, Recommenders recommenders) {
    this.pool = pool;
    this.ratings = ratings;
    this.importer = importer;
    this.recommenders = recommenders;
  }

  /** One line of the list: the expert, Art 10 as the record stands, whether a rating keeps them out of draws. */
  record Line(Expert expert, boolean meetsArticle10, boolean ratedOut) {}

  /** One rating of the expert after a panel (Art 9(4)), read-only, with the conflict they declared on it (Art 29). */
  record RatingLine(LocalDateTime ratedAt, String stage, String level, String remark, boolean conflictDeclared,
      String ratedBy, boolean reinstated) {}

  /** The ratings as the page shows them: the latest level, whether it keeps the expert out, every rating. */
  record RatingsView(String latest, boolean ratedOut, List<RatingLine> lines) {}

  @GetMapping
  String list(Model model, HttpServletRequest request) {
    var ratedOut = ratings.ratedOut();
    model.addAttribute("lines", pool.all().stream()
        .map(e -> new Line(e, ExpertConditions.meetArticle10(e), ratedOut.contains(e.getId()))).toList());
    model.addAttribute("mayEdit", request.isUserInRole(OFFICE));
    model.addAttribute("columns", ExpertSheets.Column.values());
    return "manager/experts";
  }

  @GetMapping("/new")
  String newExpert(Model model, HttpServletRequest request) {
    model.addAttribute("mayEdit", request.isUserInRole(OFFICE));
    return form(model, new ExpertForm(), null, Map.of());
  }

  @PostMapping
  String add(@ModelAttribute("form") ExpertForm form, Model model) {
    List<FieldProblem> unreadable = new ArrayList<>();
    NewExpert expert = form.toNewExpert(unreadable);
    try {
      refuseUnreadable(unreadable);
      return "redirect:/manager/experts/" + pool.add(expert).getId() + "?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("mayEdit", true);
      return form(model, form, null, FieldProblem.byField(e.problems()));
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable Long id, Model model, HttpServletRequest request) {
    Expert expert = pool.get(id);
    model.addAttribute("mayEdit", request.isUserInRole(OFFICE));
    return form(model, ExpertForm.of(expert), expert, Map.of());
  }

  /**
   * A correction; a version older than the record's is a concurrent edit (409): the form comes back with what
   * was typed, unsaved, at the record's current version, so that saving again overwrites knowingly.
   */
  @PostMapping("/{id}")
  String revise(@PathVariable Long id, @ModelAttribute("form") ExpertForm form, Model model,
      HttpServletResponse response) {
    Expert expert = pool.get(id);
    List<FieldProblem> unreadable = new ArrayList<>();
    NewExpert revised = form.toNewExpert(unreadable);
    try {
      refuseUnreadable(unreadable);
      pool.revise(id, revised, version(form.getVersion()));
      return "redirect:/manager/experts/" + id + "?saved";
    } catch (InvalidInputException e) {
      form.setUserId(expert.getUserId());
      model.addAttribute("mayEdit", true);
      return form(model, form, expert, FieldProblem.byField(e.problems()));
    } catch (ConflictException stale) {
      form.setUserId(expert.getUserId());
      form.setVersion(expert.getVersion());
      model.addAttribute("mayEdit", true);
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(model, form, expert, Map.of("version", List.of("该专家的记录在您打开页面后已被他人修改：下面是您填写的内容，"
          + "尚未保存；核对上方的专家信息后再次保存即以您填写的为准（覆盖他人的修改），或刷新页面放弃")));
    }
  }

  /** Takes the expert out of draws (停用) or back in (启用). */
  @PostMapping("/{id}/active")
  String setActive(@PathVariable Long id, @RequestParam boolean active, @RequestParam(required = false) Long version) {
    pool.setActive(id, active, version(version));
    return "redirect:/manager/experts";
  }

  @GetMapping("/template.xlsx")
  ResponseEntity<byte[]> template() {
    return xlsx("评审专家导入模板.xlsx", ExpertSheets.template());
  }

  @GetMapping("/export.xlsx")
  ResponseEntity<byte[]> export() {
    return xlsx("评审专家库.xlsx", ExpertSheets.export(pool.all(), ratings.ratedOut()));
  }

  /** Adds the file's new experts and corrects the others, or stores nothing and lists every problem (422). */
  @PostMapping("/import")
  String importFile(@RequestParam(required = false) MultipartFile file, Model model,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    ExpertImport.Result result;
    if (file == null || file.isEmpty()) {
      result = new ExpertImport.Result(0, 0, List.of(new ExpertImport.Problem(0, "", "请选择要导入的 XLSX 文件")));
    } else {
      try (InputStream in = file.getInputStream()) {
        result = importer.run(in);
      }
    }
    if (result.problems().isEmpty()) {
      return "redirect:/manager/experts?imported=" + result.added() + "&updated=" + result.updated();
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    model.addAttribute("importProblems", result.problems());
    model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
    return list(model, request);
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(ConflictException e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "manager/conflict";
  }

  private String form(Model model, ExpertForm form, Expert expert, Map<String, List<String>> errors) {
    model.addAttribute("form", form);
    model.addAttribute("expert", expert);
    model.addAttribute("errors", errors);
    model.addAttribute("degrees", Degree.values());
    model.addAttribute("units", recommenders.all());
    if (expert != null) {
      ExpertRatings.History history = ratings.history(expert.getId());
      model.addAttribute("ratings", new RatingsView(history.standing().latest().map(RatingLevel::label).orElse(null),
          history.standing().ratedOut(), history.ratings().stream().map(entry -> {
            ExpertRating r = entry.rating();
            return new RatingLine(r.getRatedAt(), r.getStage().label(), r.getLevel().label(), r.getRemark(),
                r.facts(expert.getUserId()).conflictDeclared(), r.getRatedBy(), entry.reinstatement().isPresent());
          }).toList()));
    }
    return "manager/expert";
  }

  /** A form without the version it was read at cannot be told from a stale one. */
  private static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException(List.of(new FieldProblem("version", "缺少读取时的版本号，请刷新页面后重试")));
    }
    return version;
  }

  private static void refuseUnreadable(List<FieldProblem> unreadable) {
    if (!unreadable.isEmpty()) {
      throw new InvalidInputException(unreadable);
    }
  }


  private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
