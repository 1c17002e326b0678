package org.qualityaward.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findByRecipientOrderByIdDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  Optional<Notification> findByIdAndRecipient(Long id, String recipient);

  List<Notification> findByRecipientAndReadAtIsNull(String recipient);

  List<Notification> findByRecipientAndCreatedAtAfterOrderById(String recipient, LocalDateTime after);
}
