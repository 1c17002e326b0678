package org.qualityaward.recommender;

import java.util.List;

/**
 * The cases still at a step a unit or its county body holds (review, publicity, sign-off, county consent): their
 * routing was fixed from the unit's type and county when they were submitted (Art 16). Implemented by the
 * applications' module, which knows the cases; asked before a unit's type or county changes.
 */
public interface UnitCasesInProgress {

  /** The application numbers of the unit's cases not yet past its and its county body's steps. */
  List<String> of(String unitCode);
}
