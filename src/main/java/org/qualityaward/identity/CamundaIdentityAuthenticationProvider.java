package org.qualityaward.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** HTTP Basic for /api and /manager against Camunda's users: Camunda groups become ROLE_&lt;GROUP&gt; authorities. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (password == null || !identityService.checkPassword(userId, password.toString())) {
      throw new BadCredentialsException("用户名或密码错误（bad credentials）");
    }
    return authenticatedAs(userId);
  }

  /**
   * The authentication of a user whose identity is already established (a password checked here or
   * a Camunda webapp login): its groups are read afresh, so a membership changed in Admin counts at once.
   */
  UsernamePasswordAuthenticationToken authenticatedAs(String userId) {
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
    Set<SimpleGrantedAuthority> authorities = new LinkedHashSet<>();
    for (String groupId : groupIds) {
      authorities.add(new SimpleGrantedAuthority(Role.authorityOf(groupId)));
      // A unit group implies its role, even for a user an admin put only in recommender-<code>.
      Role parent = Role.parentOfUnitGroup(groupId);
      if (parent != null) {
        authorities.add(new SimpleGrantedAuthority(parent.authority()));
      }
    }
    return UsernamePasswordAuthenticationToken.authenticated(
        new CamundaUser(userId, groupIds), null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
