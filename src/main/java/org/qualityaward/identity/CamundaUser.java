package org.qualityaward.identity;

import java.util.List;

/** The principal of an /api request: a Camunda user and its groups. */
public record CamundaUser(String userId, List<String> groupIds) {

  @Override
  public String toString() {
    return userId;
  }
}
