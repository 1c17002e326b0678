package org.qualityaward.noticeboard;

import java.time.LocalDate;
import java.util.List;
import org.qualityaward.publicity.PublicityState;
import org.qualityaward.publicity.PublicityView;

/** A publicity as the notice board shows it: the public view plus its kind and state in Chinese. */
record PublicityNotice(PublicityView view, String kind, String state, boolean upcoming) {

  static PublicityNotice of(PublicityView v, LocalDate today) {
    boolean upcoming = v.state() == PublicityState.RUNNING && today.isBefore(v.publishedOn());
    return new PublicityNotice(v, v.kind().label() + "（" + v.kind().article() + "）",
        upcoming ? "尚未发布" : v.state().label(), upcoming);
  }

  /** 「2026年3月3日至2026年3月9日（5个工作日）」, after the label 「公示期：」. */
  public String period() { return view.period(); }

  public Long id() { return view.id(); }
  public String title() { return view.title(); }
  public boolean acceptingObjections() { return view.acceptingObjections(); }
  public boolean running() { return view.state() == PublicityState.RUNNING; }
  public List<PublicityView.EntryView> entries() { return view.entries(); }
}
