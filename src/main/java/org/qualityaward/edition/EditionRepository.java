package org.qualityaward.edition;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EditionRepository extends JpaRepository<Edition, Long> {

  Optional<Edition> findByYear(int year);
}
