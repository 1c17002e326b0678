package org.qualityaward.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * SECRETS, Art 16: the materials must not touch state security or state secrets (declared), and
 * trade secrets must be marked — so every attachment carries an explicit yes/no mark.
 */
final class SecretsRule extends Rule {

  SecretsRule() {
    super("SECRETS", "Art 16");
  }

  @Override
  Finding check(EligibilityInput input) {
    Boolean noStateSecrets = input.declarations().noStateSecrets();
    List<EvidenceMark> evidence = input.evidence();
    List<String> unmarked =
        evidence.stream().filter(e -> e.tradeSecret() == null).map(EvidenceMark::fileName).toList();
    List<String> problems = new ArrayList<>();
    if (noStateSecrets == null) {
      problems.add("未声明申报材料是否涉及国家安全、国家秘密");
    } else if (!noStateSecrets) {
      problems.add("申报材料声明涉及国家安全或国家秘密，不得申报");
    }
    if (!unmarked.isEmpty()) {
      problems.add("以下附件未注明是否涉及商业秘密：" + String.join("、", unmarked));
    }
    if (!problems.isEmpty()) {
      return failed(String.join("；", problems));
    }
    List<String> secret =
        evidence.stream().filter(EvidenceMark::tradeSecret).map(EvidenceMark::fileName).toList();
    String marks =
        evidence.isEmpty()
            ? "无附件"
            : "%d 份附件均已注明商业秘密标记%s"
                .formatted(
                    evidence.size(),
                    secret.isEmpty() ? "，均不涉及商业秘密" : "，涉及商业秘密的：" + String.join("、", secret));
    return passed("已声明不涉及国家安全、国家秘密；" + marks);
  }
}
