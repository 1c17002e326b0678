package org.qualityaward.testing;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The engine REST API finds the engine by name ("default") in Camunda's static registry, and the
 * webapps' APIs go through static runtime delegates; both are shared by every Spring context of the
 * test JVM. A context closed by @DirtiesContext takes the engine's name and the delegates with it,
 * although the cached contexts' engines and servers still run: before each test class, the engine of
 * the context it uses takes the name again and missing delegates are set up as the webapps' own
 * bootstrap does. (Registered in META-INF/spring.factories.)
 */
public class EngineRegistry implements TestExecutionListener {

  @Override
  public void prepareTestInstance(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
      ProcessEngines.registerProcessEngine(engine);
      if (Admin.getRuntimeDelegate() == null) {
        Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
      }
      if (Cockpit.getRuntimeDelegate() == null) {
        Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
      }
      if (Tasklist.getRuntimeDelegate() == null) {
        Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
      }
      if (Welcome.getRuntimeDelegate() == null) {
        Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
      }
    });
  }
}
