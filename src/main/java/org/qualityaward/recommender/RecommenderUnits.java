package org.qualityaward.recommender;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recommending units (Art 16) and county coordination bodies with the people who act for them, as the
 * office keeps them on /manager/units: a unit's people are the members of its Camunda group
 * {@code recommender-<code>}, a county body's of {@code county-<division code>}, and each also belongs to
 * the role's group ({@code recommender}, {@code county-coordination}) for its Tasklist filter. Camunda's
 * identity service is the record of who is a member; the page changes it here and nowhere else.
 */
@Service
class RecommenderUnits {

  /** Unit codes as the table has them: R-JX-MSR, R-ASSOC-QA. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  /** 县级行政区划代码 (GB/T 2260), Baoding's begin with 1306. */
  private static final Pattern DIVISION = Pattern.compile("[0-9]{6}");
  /**
   * Accounts that decide or administer the award act for no unit (Art 8, 9: the deciders are not the recommenders),
   * nor do applicants' (Art 16: the unit reviews what the applicant submits).
   */
  private static final Set<String> NOT_FOR_UNITS = Set.of(Role.QUALITY_OFFICE.groupId(), Role.LEADING_GROUP.groupId(),
      Role.CITY_GOVERNMENT.groupId(), Role.CAMUNDA_ADMIN.groupId(), Role.EXPERT.groupId(), Role.APPLICANT.groupId());

  /** A unit's or a county body's group with its people, as the page lists them. */
  record Team(String groupId, String name, List<Member> members) {}

  record Member(String userId, String name) {}

  /** A unit with its team; {@code county} is its county body's, null for a unit that needs no consent. */
  record Unit(Recommender recommender, Team team, Team county) {}

  /** What the office types for a unit; text as typed. */
  record UnitForm(String code, String name, String type, String countyCode, String countyName, Long version) {}

  private final RecommenderRepository recommenders;
  private final RecommenderGroups groups;
  private final IdentityService identityService;
  private final TransactionTemplate transactions;
  private final UnitCasesInProgress casesInProgress;

  RecommenderUnits(RecommenderRepository recommenders, RecommenderGroups groups, IdentityService identityService,
      TransactionTemplate transactions, UnitCasesInProgress casesInProgress) {
    this.recommenders = recommenders;
    this.groups = groups;
    this.identityService = identityService;
    this.transactions = transactions;
    this.casesInProgress = casesInProgress;
  }

  List<Unit> all() {
    return asSystem(() -> recommenders.findAllByOrderByCode().stream().map(r -> new Unit(r,
        team(r.groupId(), r.getName()),
        r.needsCountyConsent() ? team(r.countyGroupId(), RecommenderGroups.coordinationBody(r.getCountyName())) : null))
        .toList());
  }

  /** The county bodies once each, however many units of their county there are. */
  List<Team> counties(List<Unit> units) {
    Map<String, Team> byGroup = new LinkedHashMap<>();
    units.stream().map(Unit::county).filter(c -> c != null).sorted(Comparator.comparing(Team::groupId))
        .forEach(c -> byGroup.putIfAbsent(c.groupId(), c));
    return List.copyOf(byGroup.values());
  }

  Recommender get(String code) {
    return recommenders.findByCode(code).orElseThrow(() -> new NotFoundException("推荐单位 " + code + " 不存在"));
  }

  @Transactional
  public Recommender add(UnitForm form) {
    List<FieldProblem> problems = problems(form);
    if (form.code() == null || !CODE.matcher(form.code().strip()).matches()) {
      problems.add(new FieldProblem("code", "单位代码为大写字母、数字和连字符，如 R-JX-MSR（用于用户组 recommender-代码）"));
    } else if (recommenders.findByCode(form.code().strip()).isPresent()) {
      problems.add(new FieldProblem("code", "单位代码 " + form.code().strip() + " 已被使用"));
    }
    refuse(problems);
    RecommenderType type = RecommenderType.valueOf(form.type());
    Recommender unit;
    try {
      unit = recommenders.saveAndFlush(new Recommender(form.code().strip(), form.name().strip(), type,
          county(type, form.countyCode()), county(type, form.countyName())));
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("单位代码 " + form.code().strip() + " 刚被他人使用，请换一个代码");
    }
    asSystem(() -> {
      groups.ensureGroups(unit);
      return null;
    });
    return unit;
  }

  /** Corrects a unit; its code stays. {@code form.version()} is the one the office read (409 if stale). */
  @Transactional
  public Recommender revise(String code, UnitForm form) {
    Recommender unit = get(code);
    if (form.version() == null || unit.getVersion() != form.version()) {
      throw new ConflictException("推荐单位 %s 已被他人修改（当前版本 %d，请求基于版本 %s），请刷新后重试"
          .formatted(code, unit.getVersion(), form.version()));
    }
    refuse(problems(form));
    RecommenderType type = RecommenderType.valueOf(form.type());
    String countyCode = county(type, form.countyCode());
    if (type != unit.getType() || !Objects.equals(countyCode, unit.getCountyCode())) {
      List<String> inProgress = casesInProgress.of(code);
      if (!inProgress.isEmpty()) {
        throw new InvalidInputException(List.of(new FieldProblem(type != unit.getType() ? "type" : "countyCode",
            ("推荐单位 %s 仍有申报在推荐环节（%s）：单位类别和所在县区决定这些申报由谁审核、是否须经县级议事协调机构同意"
                + "（第十六条），待其推荐环节办结后再修改；名称可以修改").formatted(code, String.join("、", inProgress)))));
      }
    }
    unit.revise(form.name().strip(), type, countyCode, county(type, form.countyName()));
    recommenders.saveAndFlush(unit);
    asSystem(() -> {
      groups.ensureGroups(unit);
      return null;
    });
    return unit;
  }

  /**
   * Lets a user act for a unit or county body: its group and the role's, in one transaction. Two adds at
   * once (a double click; two units of one role) may both find a membership missing; the one whose insert
   * meets the other's committed row is checked again after it, as if it had come second.
   */
  void addMember(String groupId, String userId) {
    Role role = roleOf(groupId);
    String id = userId == null ? "" : userId.strip();
    try {
      transactions.executeWithoutResult(status -> addMembership(id, groupId, role));
    } catch (ProcessEngineException e) {
      if (!duplicateKey(e)) {
        throw e;
      }
      transactions.executeWithoutResult(status -> addMembership(id, groupId, role));
    }
  }

  private void addMembership(String id, String groupId, Role role) {
    asSystem(() -> {
      if (identityService.createUserQuery().userId(id).count() == 0) {
        throw new InvalidInputException(List.of(new FieldProblem("userId", "用户“" + id + "”不存在：请先在 Admin 中建立用户")));
      }
      List<String> held = identityService.createGroupQuery().groupMember(id).list().stream()
          .map(g -> g.getId()).filter(NOT_FOR_UNITS::contains).toList();
      if (!held.isEmpty()) {
        throw new InvalidInputException(List.of(new FieldProblem("userId", "用户“%s”属于 %s，不能同时代表推荐单位或县级议事协调机构（第八、九条：评选的组织者和评审者不代为推荐）"
            .formatted(id, String.join("、", held)))));
      }
      if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() > 0) {
        throw new InvalidInputException(List.of(new FieldProblem("userId", "用户“" + id + "”已是该组成员")));
      }
      identityService.createMembership(id, groupId);
      if (identityService.createUserQuery().userId(id).memberOfGroup(role.groupId()).count() == 0) {
        identityService.createMembership(id, role.groupId());
      }
      return null;
    });
  }

  /** The engine's insert met a row committed meanwhile (SQL state class 23: integrity constraint). */
  private static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
        if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Ends a user's acting for a unit or county body; the role's group too when they act for no other. */
  void removeMember(String groupId, String userId) {
    Role role = roleOf(groupId);
    transactions.executeWithoutResult(status -> asSystem(() -> {
      identityService.deleteMembership(userId, groupId);
      boolean actsForAnother = identityService.createGroupQuery().groupMember(userId).list().stream()
          .anyMatch(g -> !g.getId().equals(role.groupId()) && Role.ofGroup(g.getId()).filter(role::equals).isPresent());
      if (!actsForAnother) {
        identityService.deleteMembership(userId, role.groupId());
      }
      return null;
    }));
  }

  /** Only the groups of the table's units and county bodies are kept here; any other group is not found. */
  private Role roleOf(String groupId) {
    boolean known = recommenders.findAllByOrderByCode().stream()
        .anyMatch(r -> r.groupId().equals(groupId) || groupId.equals(r.countyGroupId()));
    if (!known) {
      throw new NotFoundException("没有推荐单位或县级议事协调机构的用户组 " + groupId);
    }
    return Role.ofGroup(groupId).orElseThrow();
  }

  private Team team(String groupId, String name) {
    List<Member> members = identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(u -> new Member(u.getId(), displayName(u))).toList();
    return new Team(groupId, name, members);
  }

  private static String displayName(User user) {
    String name = (user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName());
    return name.isBlank() ? user.getId() : name;
  }

  private static List<FieldProblem> problems(UnitForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form.name() == null || form.name().isBlank()) {
      problems.add(new FieldProblem("name", "必须填写单位名称"));
    } else if (form.name().strip().length() > 200) {
      problems.add(new FieldProblem("name", "单位名称不能超过200字"));
    }
    RecommenderType type = null;
    try {
      type = form.type() == null ? null : RecommenderType.valueOf(form.type());
    } catch (IllegalArgumentException e) {
      // reported below as not chosen
    }
    if (type == null) {
      problems.add(new FieldProblem("type", "第十六条：请选择推荐渠道（市有关部门、县（市、区）市场监管部门或受委托的行业协会）"));
    } else if (type == RecommenderType.COUNTY_REGULATOR) {
      if (form.countyCode() == null || !DIVISION.matcher(form.countyCode().strip()).matches()) {
        problems.add(new FieldProblem("countyCode", "第十六条：县（市、区）市场监管部门须填写所在县级行政区划代码（6位数字，如 130602），其推荐须经该县议事协调机构同意"));
      }
      if (form.countyName() == null || form.countyName().isBlank()) {
        problems.add(new FieldProblem("countyName", "第十六条：须填写所在县（市、区）名称，如 竞秀区"));
      }
    }
    return problems;
  }

  /** Only a county regulator belongs to a county (Art 16); the others' county fields are cleared. */
  private static String county(RecommenderType type, String value) {
    return type == RecommenderType.COUNTY_REGULATOR && value != null ? value.strip() : null;
  }

  private static void refuse(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Camunda's identity on the page's own authority: the office holds no grant on users, groups or memberships
   * (Admin is the administrator's); what it may change here is limited to the units' groups above.
   */
  private <T> T asSystem(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
