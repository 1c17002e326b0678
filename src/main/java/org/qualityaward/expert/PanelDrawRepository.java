package org.qualityaward.expert;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelDrawRepository extends JpaRepository<PanelDraw, Long> {

  java.util.List<PanelDraw> findByApplicationIdOrderById(Long applicationId);

  boolean existsByReplacedDrawId(Long replacedDrawId);

  java.util.Optional<PanelDraw> findByReplacedDrawId(Long replacedDrawId);
}
