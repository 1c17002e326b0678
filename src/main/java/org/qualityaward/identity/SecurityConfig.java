package org.qualityaward.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.qualityaward.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * /api: HTTP Basic against Camunda's users, a few public reads and the objection form; a GET may also
 * come from a browser logged in to the webapps. /manager: the managers' pages, same logins. /notifications:
 * every webapp user's own notifications, same logins.
 * /notices: the public notice board, open to everyone. /applicant: the applicants' pages, form login
 * with a session and CSRF tokens.
 * /engine-rest: Camunda's own Basic authentication filter. /camunda (webapps): their own
 * session login and CSRF protection, untouched by Spring Security.
 */
@Configuration
class SecurityConfig {

  /** Camunda's Basic login on /engine-rest: right after Spring's request context filter (-105). */
  private static final int ENGINE_REST_LOGIN_ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104;

  /**
   * The Content-Security-Policy of our server-rendered pages: scripts, styles and images from this
   * origin only (the templates keep their styles in files and have no script), forms post only
   * here, no plugins, no framing, no {@code <base>} elsewhere. The webapps keep Camunda's own policy.
   */
  private static final String PAGE_POLICY =
      "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

  /** {@link #PAGE_POLICY}, except that the case file's own files may be shown in its frames (same origin only). */
  private static final String CASE_FILE_POLICY = PAGE_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users, AuditLog auditLog,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
    AuthenticationEntryPoint login = apiLogin(webappPath + "/app/tasklist/");
    // Explicit path matchers: Jersey and the webapps register servlets beside Spring MVC.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(path.matcher("/api/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(GET, "/api/publicities/**")).permitAll()
            .requestMatchers(path.matcher(POST, "/api/publicities/*/objections")).permitAll()
            // the objector's attachment and identity (name, contact): handlers log in; ObjectionService checks the
            // publicity's handler group
            .requestMatchers(path.matcher(GET, "/api/objections/*/attachment"),
                path.matcher(GET, "/api/objections/*/objector")).authenticated()
            .requestMatchers(path.matcher(GET, "/api/objections/**")).permitAll()
            // complaints and reports about holders (Art 9(6)): anyone files and follows them by receipt;
            // office sources (spot checks, accidents, misuse) need a quality-office login, checked by the controller
            .requestMatchers(path.matcher(POST, "/api/complaints")).permitAll()
            .requestMatchers(path.matcher(GET, "/api/complaints/*")).permitAll()
            // the complainant's name and contact: the handlers log in; Complaints checks the quality office
            .requestMatchers(path.matcher(GET, "/api/complaints/*/complainant")).authenticated()
            // Art 30: revocations are announced publicly
            .requestMatchers(path.matcher(GET, "/api/revocations/announcements")).permitAll()
            // a revocation case with its recall: the office tracks it, the leading group decided it
            .requestMatchers(path.matcher(GET, "/api/revocations/*"))
            .hasAnyRole(Role.QUALITY_OFFICE.name(), Role.LEADING_GROUP.name())
            .requestMatchers(path.matcher(GET, "/api/calendar/**")).permitAll()
            .requestMatchers(path.matcher(GET, "/api/recommenders")).permitAll()
            // the register of honours is public; one honour's history (visits, complaints, renewal,
            // revocation) is for the office, the leading group, the regulators and the city government
            .requestMatchers(path.matcher(GET, "/api/honours")).permitAll()
            .requestMatchers(path.matcher(GET, "/api/honours/*"))
            .hasAnyRole(Role.QUALITY_OFFICE.name(), Role.LEADING_GROUP.name(), Role.MARKET_REGULATOR.name(),
                Role.CITY_GOVERNMENT.name())
            // ranking and panel reports go to the office and the leading group only (Art 20)
            .requestMatchers(path.matcher(GET, "/api/editions/*/ranking"), path.matcher(GET, "/api/editions/*/ranking.xlsx"),
                path.matcher(GET, "/api/applications/*/panel-reports/**"))
            .hasAnyRole(Role.QUALITY_OFFICE.name(), Role.LEADING_GROUP.name())
            // the list of feedback reports is the office's; a report itself is checked per case (applicant, office)
            .requestMatchers(path.matcher(GET, "/api/editions/*/feedback-reports"))
                .hasAnyRole(Role.QUALITY_OFFICE.name(), Role.CAMUNDA_ADMIN.name())
            .requestMatchers(path.matcher(GET, "/api/editions/**")).permitAll()
            .requestMatchers(path.matcher(POST, "/api/editions")).hasRole(Role.QUALITY_OFFICE.name())
            // the case starts as the caller, and only applicants may start award-application
            .requestMatchers(path.matcher(POST, "/api/applications")).hasRole(Role.APPLICANT.name())
            // closing a case whose unit let its deadline pass is the office's (Art 15–17)
            .requestMatchers(path.matcher(POST, "/api/applications/*/overdue-closure")).hasRole(Role.QUALITY_OFFICE.name())
            .requestMatchers(path.matcher(POST, "/api/applications/*/withdrawal")).hasRole(Role.APPLICANT.name())
            // the expert pool and its draws are the office's (Art 10, 18, 19); the leading group reads the pool
            .requestMatchers(path.matcher(GET, "/api/experts/**"))
                .hasAnyRole(Role.QUALITY_OFFICE.name(), Role.LEADING_GROUP.name())
            .requestMatchers(path.matcher("/api/experts/**")).hasRole(Role.QUALITY_OFFICE.name())
            .requestMatchers(path.matcher("/api/draws/**")).hasRole(Role.QUALITY_OFFICE.name())
            // the audit log of refused attempts is the administrator's
            .requestMatchers(path.matcher("/api/audit/**")).hasRole(Role.CAMUNDA_ADMIN.name())
            // moving running cases onto a new version of a model is the administrator's (an upgrade)
            .requestMatchers(path.matcher("/api/admin/**")).hasRole(Role.CAMUNDA_ADMIN.name())
            // the demonstration clock (demo.DemoClock), administrators only; outside the demo profile it does not exist
            .requestMatchers(path.matcher("/api/clock/**")).hasRole(Role.CAMUNDA_ADMIN.name())
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(login))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(login).accessDeniedHandler(
            new AuditedAccessDenied(auditLog, new AccessDeniedHandlerImpl())))
        // Stateless Basic: no session, no CSRF token; a browser's remembered Basic login cannot post for another
        // site (CrossSiteBasicWrites)
        .sessionManagement(SecurityConfig::stateless)
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterBefore(new CrossSiteBasicWrites(auditLog), BasicAuthenticationFilter.class)
        .addFilterAfter(webappSession(engine, users), BasicAuthenticationFilter.class)
        .addFilterAfter(new CamundaAuthenticationFilter(engine.getIdentityService()), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * /api without a (valid) login: a browser opening a link (a form's attachment, a bookmark) goes to Tasklist's
   * login page, which every role has, instead of the browser's Basic dialog: a browser keeps what is typed there
   * and adds it to every later request to this origin. Scripts still get 401 with {@code WWW-Authenticate: Basic}.
   */
  private static AuthenticationEntryPoint apiLogin(String loginPage) {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("Realm");
    return (request, response, e) -> {
      if ("navigate".equals(request.getHeader("Sec-Fetch-Mode"))) {
        response.sendRedirect(request.getContextPath() + loginPage);
      } else {
        basic.commence(request, response, e);
      }
    };
  }

  /**
   * The managers' pages (timelines, case register, expert pool, units, mail outbox): the office, the leading
   * group and administrators. Without a login a browser is sent to Cockpit's login page: every role allowed
   * here has Cockpit and signs in there.
   */
  @Bean
  @Order(2)
  SecurityFilterChain managerSecurity(HttpSecurity http, ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users, AuditLog auditLog,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    Role[] managers = {Role.QUALITY_OFFICE, Role.LEADING_GROUP, Role.CAMUNDA_ADMIN};
    http.securityMatcher(path.matcher("/manager/**"))
        .authorizeHttpRequests(requests -> requests
            // the pages' stylesheet, also for the 403 page of someone without access
            .requestMatchers(path.matcher(GET, "/manager/manager.css")).permitAll()
            // the mail outbox: what the mail server has not taken yet is the administrators' to watch
            .requestMatchers(path.matcher(GET, "/manager/mails")).hasRole(Role.CAMUNDA_ADMIN.name())
            // the office keeps the pool and the units (Art 9); the leading group and administrators read
            .requestMatchers(path.matcher(POST, "/manager/**")).hasRole(Role.QUALITY_OFFICE.name())
            .anyRequest().hasAnyRole(Arrays.stream(managers).map(Role::name).toArray(String[]::new)));
    sessionPages(http, engine, users, auditLog, webappPath + "/app/cockpit/",
        Arrays.stream(managers).map(Role::groupName).collect(Collectors.joining("、")));
    return http.build();
  }

  /**
   * Each user's own notifications and mail settings (/notifications, issue 17): every logged-in user of the
   * webapps (experts, units, the city government, the office …), same logins and forms as /manager. Without a
   * login a browser goes to Tasklist's login page, which every role has.
   */
  @Bean
  @Order(3)
  SecurityFilterChain notificationSecurity(HttpSecurity http, ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users, AuditLog auditLog,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/notifications/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
    sessionPages(http, engine, users, auditLog, webappPath + "/app/tasklist/", "已登录的用户");
    return http.build();
  }

  /**
   * Pages of the webapps' users (/manager, /notifications): HTTP Basic, or the webapp session's login. Their
   * forms post with that login and the token Thymeleaf puts into each form (kept in that session); a script's
   * post with HTTP Basic needs none, as on /api, unless a browser sends it for another site
   * (CrossSiteBasicWrites). The token stays for the session: Spring's default renewed it at every request the
   * session's login authenticated, which refused a form of any page but the latest (two tabs). The login itself
   * is the webapps', whose new session brings a new token. Without a login a browser is sent to the webapps'
   * login page {@code loginPage} (302): a 401 would raise the browser's English Basic dialog, which never
   * reaches the webapp session. Wrong Basic credentials (scripts) still get 401.
   */
  private static void sessionPages(HttpSecurity http, ProcessEngine engine, CamundaIdentityAuthenticationProvider users,
      AuditLog auditLog, String loginPage, String allowedRoles) throws Exception {
    http.headers(SecurityConfig::pageHeaders)
        .httpBasic(Customizer.withDefaults())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) ->
                response.sendRedirect(request.getContextPath() + loginPage))
            .accessDeniedHandler(new AuditedAccessDenied(auditLog, new ForbiddenPage(allowedRoles))))
        .sessionManagement(SecurityConfig::stateless)
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::sessionWrite)
            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterBefore(new CrossSiteBasicWrites(auditLog), BasicAuthenticationFilter.class)
        .addFilterAfter(webappSessionWrites(engine, users), BasicAuthenticationFilter.class)
        .addFilterAfter(new CamundaAuthenticationFilter(engine.getIdentityService()), AuthorizationFilter.class);
  }

  /**
   * The case file (/cases/{applicationNumber}, issue 12): any logged-in user gets past here; who may open which
   * case, and while, the case file decides from the case's records (403 page otherwise). Same logins as
   * /manager: HTTP Basic, or the webapp session for GET (a link from a Tasklist form). Without a login a
   * browser goes to Tasklist's login page, which every role has. Its files are previewed in a frame of the
   * page, so frames of this origin are allowed here.
   */
  @Bean
  @Order(4)
  SecurityFilterChain caseFileSecurity(HttpSecurity http, ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users, AuditLog auditLog,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(path.matcher("/cases/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(GET, "/cases/assets/casefile.css")).permitAll()
            .requestMatchers(path.matcher(GET, "/cases/**")).authenticated()
            .anyRequest().denyAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CASE_FILE_POLICY))
            .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin))
        .httpBasic(Customizer.withDefaults())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) ->
                response.sendRedirect(request.getContextPath() + webappPath + "/app/tasklist/"))
            .accessDeniedHandler(new AuditedAccessDenied(auditLog, new ForbiddenPage("案卷的相关办理人员"))))
        .sessionManagement(SecurityConfig::stateless)
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterAfter(webappSession(engine, users), BasicAuthenticationFilter.class)
        .addFilterAfter(new CamundaAuthenticationFilter(engine.getIdentityService()), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * No session of our own, and the webapps' one left as it is: without {@code sessionFixation none}, Spring
   * Security took every GET authenticated from the webapp session for a fresh login and changed the session's
   * id, so two requests of one page at once (the case file and the PDF in its frame) raced, and the one that
   * still carried the old id lost the login.
   */
  private static void stateless(SessionManagementConfigurer<HttpSecurity> session) {
    session.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(fixation -> fixation.none());
  }

  /** Spring Security's default headers plus {@link #PAGE_POLICY}: for every chain that renders pages. */
  private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY));
  }

  /**
   * A write that does not carry HTTP Basic credentials, i.e. one only a session cookie could authenticate: it
   * must carry the session's CSRF token. (A forged form's Basic credentials, which a browser may add from its
   * dialog, are refused by {@link CrossSiteBasicWrites}; a failed Basic login ends at the entry point before the
   * session is looked at.)
   */
  private static boolean sessionWrite(HttpServletRequest request) {
    return CrossSiteBasicWrites.write(request) && !CrossSiteBasicWrites.basic(request);
  }

  /** The /manager chain's: also a write with the session's login, which its CSRF filter has checked first. */
  private static WebappSessionAuthenticationFilter webappSessionWrites(ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users) {
    return new WebappSessionAuthenticationFilter(engine.getName(), engine.getIdentityService(), users, true);
  }

  /** Not a bean: Boot would also register it as a servlet filter for every path. */
  private static WebappSessionAuthenticationFilter webappSession(ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users) {
    return new WebappSessionAuthenticationFilter(engine.getName(), engine.getIdentityService(), users, false);
  }

  /**
   * The public notice board (Art 16–18, 21, 30): pages anyone reads and the objection form anyone
   * posts, without login or session. No CSRF token: nobody is logged in there and no cookie
   * authenticates anything, so a forged cross-site post could do no more than the forger can do
   * directly — file an objection under a real name, which the rate limiter bounds. Spring
   * Security's default headers (nosniff, frame options, no caching) stay on, with the pages' CSP.
   */
  @Bean
  @Order(5)
  SecurityFilterChain noticeBoardSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/notices/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(SecurityConfig::pageHeaders)
        .sessionManagement(SecurityConfig::stateless)
        .requestCache(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /**
   * The applicant pages (Issue 12): applicants log in with their own Camunda account on a Chinese
   * form (/applicant/login) and keep a session; CSRF protection is on (Thymeleaf puts the token into
   * every form), logout is a POST. Only members of {@code applicant} get in: the pages act in the
   * user's own name (drafts, submissions, corrections), so an administrator supports applicants
   * through Cockpit and the API instead of through pages that would show them nothing of their own.
   * Others get the Chinese 403 page. GET with Basic credentials also works (scripts, the role matrix);
   * a write needs the session's CSRF token.
   */
  @Bean
  @Order(6)
  SecurityFilterChain applicantSecurity(HttpSecurity http, ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users, AuditLog auditLog) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/applicant/login");
    http.securityMatcher(path.matcher("/applicant/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(GET, "/applicant/login"), path.matcher(GET, "/applicant/applicant.css"))
            .permitAll()
            .anyRequest().hasRole(Role.APPLICANT.name()))
        .authenticationProvider(users)
        .headers(SecurityConfig::pageHeaders)
        .formLogin(form -> form.loginPage("/applicant/login").loginProcessingUrl("/applicant/login")
            .defaultSuccessUrl("/applicant/", false).failureUrl("/applicant/login?error").permitAll())
        .logout(logout -> logout.logoutRequestMatcher(path.matcher(POST, "/applicant/logout"))
            // a redirect whatever the request accepts (with Basic on, the default would answer some with 204)
            .logoutSuccessHandler((request, response, authentication) ->
                response.sendRedirect(request.getContextPath() + "/applicant/login?logout")))
        .httpBasic(basic -> basic.authenticationEntryPoint(login))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(login)
            .accessDeniedHandler(new AuditedAccessDenied(auditLog,
                new ExpiredFormPage(new ForbiddenPage(Role.APPLICANT.groupName())))))
        .addFilterAfter(new CamundaAuthenticationFilter(engine.getIdentityService()), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * Actuator (issue 15, README Operating): the health status and the liveness and readiness probes for
   * anyone (load balancers and Kubernetes ask without a login), their details (database, job executor)
   * only for administrators ({@code management.endpoint.health.roles}), the Prometheus scrape only for
   * administrators, every other path refused. Same logins as /manager.
   */
  @Bean
  @Order(7)
  SecurityFilterChain actuatorSecurity(HttpSecurity http, ProcessEngine engine,
      CamundaIdentityAuthenticationProvider users, AuditLog auditLog) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(path.matcher("/actuator/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(GET, "/actuator/health"), path.matcher(GET, "/actuator/health/**")).permitAll()
            .requestMatchers(path.matcher(GET, "/actuator/prometheus")).hasRole(Role.CAMUNDA_ADMIN.name())
            .anyRequest().denyAll())
        .httpBasic(Customizer.withDefaults())
        .exceptionHandling(errors -> errors.accessDeniedHandler(
            new AuditedAccessDenied(auditLog, new AccessDeniedHandlerImpl())))
        .sessionManagement(SecurityConfig::stateless)
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterAfter(webappSession(engine, users), BasicAuthenticationFilter.class);
    return http.build();
  }

  /** Everything else (webapps, engine REST, the index redirect, error pages) is left to Camunda: last. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityFilterChain camundaSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    // after Spring's request context filter (the audit log reads the caller's address from it), before the gate
    registration.setOrder(ENGINE_REST_LOGIN_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate(IdentityService identityService, TaskService taskService,
      FormService formService, RepositoryService repositoryService, AuditLog auditLog, ObjectMapper objectMapper) {
    FilterRegistrationBean<EngineApiGate> registration = new FilterRegistrationBean<>(
        new EngineApiGate(identityService, taskService, formService, repositoryService, auditLog, objectMapper));
    registration.setName("engine-api-gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // inside the conflict and refusal filters (their answers stay theirs) and after /engine-rest's Basic login
    registration.setOrder(ENGINE_REST_LOGIN_ORDER + 1);
    return registration;
  }

  /**
   * The request is bound to the thread before Spring Security runs, as in a plain Spring MVC
   * application (Boot's Jersey set-up binds it only after), so that LoginAudit sees who tried a Basic login.
   */
  @Bean
  OrderedRequestContextFilter requestContextFilter() {
    return new OrderedRequestContextFilter();
  }

  /** Engine REST is outside Spring Security: it gets nosniff here, as our /api gets it from its chain. */
  @Bean
  FilterRegistrationBean<HeaderWriterFilter> engineRestNoSniff() {
    FilterRegistrationBean<HeaderWriterFilter> registration =
        new FilterRegistrationBean<>(new HeaderWriterFilter(List.of(new XContentTypeOptionsHeaderWriter())));
    registration.setName("engine-rest-nosniff");
    registration.addUrlPatterns("/engine-rest/*");
    // outside Camunda's authentication filter, so that its 401 carries the header too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskConflictFilter> taskConflict(
      HistoryService historyService, IdentityService identityService, ObjectMapper objectMapper) {
    FilterRegistrationBean<TaskConflictFilter> registration =
        new FilterRegistrationBean<>(new TaskConflictFilter(historyService, identityService, objectMapper));
    registration.setName("task-conflict");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // Outside the authentication filters: a caller without credentials keeps Camunda's 401.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }
}
