package org.qualityaward.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The one way our engine plugins run code around every command inside its context and transaction (a post
 * interceptor of Camunda's chain: after the command context is opened, before the command itself runs).
 */
public final class InsideEveryCommand {

  private InsideEveryCommand() {
  }

  public static void add(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(interceptor);
  }
}
