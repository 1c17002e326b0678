package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Where a browser says a request comes from, read as cross-site or not; a script says nothing. */
class CrossSiteBasicWritesTest {

  @ParameterizedTest(name = "Sec-Fetch-Site={0}, Origin={1}: cross-site {2}")
  @CsvSource(nullValues = "-", value = {
      "-, -, false",                                  // a script (curl, the API clients)
      "same-origin, https://qa.example.cn, false",    // our own pages
      "none, -, false",                               // typed into the address bar
      "cross-site, https://evil.example, true",
      "same-site, https://other.qa.example.cn, true", // a sibling subdomain is another site too
      "-, https://qa.example.cn, false",              // an older browser: the Origin's host is ours
      "-, https://evil.example, true",
      "-, null, true",                                // an opaque origin (sandboxed frame, data: page)
  })
  @DisplayName("a browser's own word decides; without Sec-Fetch-Site the Origin's host is compared with the one asked for")
  void crossSite(String fetchSite, String origin, boolean crossSite) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/manager/experts");
    request.setServerName("qa.example.cn");
    if (fetchSite != null) {
      request.addHeader("Sec-Fetch-Site", fetchSite);
    }
    if (origin != null) {
      request.addHeader("Origin", origin);
    }
    assertThat(CrossSiteBasicWrites.crossSite(request)).isEqualTo(crossSite);
  }
}
