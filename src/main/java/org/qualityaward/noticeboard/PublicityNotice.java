package org.qualityaward.noticeboard;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.qualityaward.publicity.PublicityState;
import org.qualityaward.publicity.PublicityView;

/** A publicity as the notice board shows it: the public view plus its kind, state and period in Chinese. */
record PublicityNotice(PublicityView view, String kind, String state, String period, boolean upcoming) {

  static PublicityNotice of(PublicityView v, LocalDate today) {
    boolean upcoming = v.state() == PublicityState.RUNNING && today.isBefore(v.startDate());
    return new PublicityNotice(v, v.kind().label() + "（" + v.kind().article() + "）",
        upcoming ? "尚未开始" : v.state().label(), period(v), upcoming);
  }

  /** "2027-04-01（星期四）起，5 个工作日，至 2027-04-09（星期五）24 时止". */
  static String period(PublicityView v) {
    String from = day(v.startDate()) + "起，" + v.publicityDays() + " 个工作日，";
    return v.endDate() == null ? from + "截止日期待当年节假日安排公布后确定"
        : from + "至 " + day(v.endDate()) + "24 时止";
  }

  private static String day(LocalDate date) {
    return date + "（" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + "）";
  }

  public Long id() { return view.id(); }
  public String title() { return view.title(); }
  public boolean acceptingObjections() { return view.acceptingObjections(); }
  public boolean running() { return view.state() == PublicityState.RUNNING; }
  public List<PublicityView.EntryView> entries() { return view.entries(); }
}
