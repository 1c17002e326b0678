package org.qualityaward.identity;

import java.util.List;

/** The principal of an /api request: a Camunda user and its groups. */
record CamundaUser(String userId, List<String> groupIds) {

  /** Spring's Authentication.getName() of a plain principal is its toString(): the user id. */
  @Override
  public String toString() {
    return userId;
  }
}
