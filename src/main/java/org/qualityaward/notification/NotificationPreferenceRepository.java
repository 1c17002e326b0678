package org.qualityaward.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, String> {

  List<NotificationPreference> findByUserIdIn(Collection<String> userIds);

  List<NotificationPreference> findByDigestTrue();
}
