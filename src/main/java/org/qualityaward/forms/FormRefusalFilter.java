package org.qualityaward.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.qualityaward.platform.RequestPaths;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST answers a refused completion or start form with 400 and "Cannot submit task form
 * &lt;id&gt;: …" (or "Cannot instantiate process definition …").
 * Tasklist shows that text as it is, so the English prefix goes, and the field problems join the body
 * ({@code type FormRefused}, {@code message}, {@code problems}) for REST clients. Covers the engine
 * REST and the webapps' copy of it that Tasklist uses.
 */
class FormRefusalFilter extends OncePerRequestFilter {

  static final Pattern SUBMISSION = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)"
      + "/(?:task/[^/]+/(?:complete|submit-form)|process-definition/(?:key/)?[^/]+(?:/tenant-id/[^/]+)?/(?:start|submit-form))$");
  /** Request attribute the engine's refusal is left in while the request runs. */
  static final String REFUSAL = FormRefusedException.class.getName();

  private final ObjectMapper objectMapper;

  FormRefusalFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  static boolean isFormSubmission(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        // decoded, as the engine's REST reads the path: an encoded task id is still a submission
        && SUBMISSION.matcher(RequestPaths.decoded(request)).matches();
  }

  /** A start of a process through its start form (or the plain start), as opposed to a task's completion. */
  static boolean isStartSubmission(HttpServletRequest request) {
    return isFormSubmission(request) && RequestPaths.decoded(request).contains("/process-definition/");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isFormSubmission(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (request.getAttribute(REFUSAL) instanceof FormRefusedException refusal
        && wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "FormRefused");
      body.put("message", refusal.getMessage());
      body.put("problems", refusal.problems());
      wrapper.resetBuffer();
      wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
      wrapper.setCharacterEncoding("UTF-8");
      objectMapper.writeValue(wrapper.getOutputStream(), body);
    }
    wrapper.copyBodyToResponse();
  }
}
