package org.qualityaward.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A cookie jar for an HttpClient that logs in to the webapps on http://localhost: outside the demo
 * profile the session and CSRF cookies are Secure, which browsers send to localhost over plain http
 * but java.net's CookieManager only over https.
 */
public final class LocalhostCookies extends CookieManager {

  public LocalhostCookies() {
    super(null, CookiePolicy.ACCEPT_ALL);
  }

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
    boolean localhost = "http".equals(uri.getScheme()) && "localhost".equals(uri.getHost());
    return super.get(localhost ? URI.create("https" + uri.toString().substring("http".length())) : uri,
        requestHeaders);
  }
}
