package org.qualityaward.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory stand-ins for the ports, answering like the repositories' finders. */
final class Fakes {

  private Fakes() {}

  static final class Applications implements EditionApplications {
    boolean answer;
    final List<Object> lastCall = new ArrayList<>();

    @Override
    public boolean otherKindApplied(
        Long editionId, String creditCode, ApplicationKind kind, Long excludingApplicationId) {
      lastCall.clear();
      lastCall.addAll(List.of(editionId, creditCode, kind, excludingApplicationId));
      return answer;
    }
  }

  static final class Honours implements HonourRecords {
    private final Map<String, List<HeldHonour>> byHolder = new HashMap<>();
    private final Map<String, List<HeldHonour>> byGroup = new HashMap<>();

    /** Records an honour of the holder (credit code or ID number), member of {@code group}. */
    Honours add(String holder, String group, HeldHonour honour) {
      byHolder.computeIfAbsent(holder, k -> new ArrayList<>()).add(honour);
      byGroup.computeIfAbsent(holder, k -> new ArrayList<>()).add(honour);
      if (group != null) {
        byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(honour);
      }
      return this;
    }

    @Override
    public List<HeldHonour> ofOrganization(String creditCode) {
      return byHolder.getOrDefault(creditCode, List.of());
    }

    @Override
    public List<HeldHonour> ofPerson(String idNumber) {
      return byHolder.getOrDefault(idNumber, List.of());
    }

    @Override
    public List<HeldHonour> ofGroup(String groupCreditCode) {
      return byGroup.getOrDefault(groupCreditCode, List.of());
    }
  }

  static final class Bans implements BanRecords {
    private final Map<String, List<RecordedBan>> bySubject = new HashMap<>();

    Bans add(String subject, RecordedBan ban) {
      bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(ban);
      return this;
    }

    @Override
    public List<RecordedBan> ofOrganization(String creditCode) {
      return bySubject.getOrDefault(creditCode, List.of());
    }

    @Override
    public List<RecordedBan> ofPerson(String idNumber) {
      return bySubject.getOrDefault(idNumber, List.of());
    }
  }
}
