package org.qualityaward.upgrade;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/models}: each model's versions with their running instances;
 * {@code POST /api/admin/models/{key}/migrate-to-latest}: moves them onto the latest version.
 * Administrators only (SecurityConfig); Cockpit CE shows the versions but has no migration screen.
 */
@RestController
@RequestMapping("/api/admin/models")
class ModelUpgradeController {

  private final ModelUpgrades upgrades;

  ModelUpgradeController(ModelUpgrades upgrades) {
    this.upgrades = upgrades;
  }

  @GetMapping
  List<ModelUpgrades.Model> models() {
    return upgrades.models();
  }

  @PostMapping("/{key}/migrate-to-latest")
  List<ModelUpgrades.Moved> migrate(@PathVariable String key) {
    return upgrades.migrateToLatest(key);
  }
}
