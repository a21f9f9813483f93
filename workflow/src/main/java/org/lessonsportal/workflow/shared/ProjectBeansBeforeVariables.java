package org.lessonsportal.workflow.shared;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The processes' expressions find the project's beans ({@code ${taskCreatedListener}},
 * {@code ${currentReviewers.hasReviewed(lessonId, reviewerId)}}) before looking for a process variable of that name.
 * The engine looks for a variable first, and to know that there is none it reads the variables of every execution from
 * the one at hand up to the process instance: a task listener or a delegate that needed no variable cost a few
 * statements each time. A variable named like one of the project's beans would be hidden by the bean; no process of
 * the portal has one (docs/adr/0069).
 */
@Component
class ProjectBeansBeforeVariables extends AbstractProcessEnginePlugin {

    private static final String PROJECT_PACKAGE = "org.lessonsportal.";

    private final ApplicationContext applicationContext;

    ProjectBeansBeforeVariables(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new BeansFirst(applicationContext));
    }

    /** Spring's expression manager with {@link ProjectBeans} asked first. */
    private static final class BeansFirst extends SpringExpressionManager {

        BeansFirst(ApplicationContext applicationContext) {
            super(applicationContext, null);
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolver = new CompositeELResolver();
            resolver.add(new ProjectBeans(applicationContext));
            resolver.add(super.createElResolver());
            return resolver;
        }
    }

    /** Resolves a top-level name that is one of the project's beans; leaves everything else to the next resolvers. */
    static final class ProjectBeans extends ELResolver {

        private final ApplicationContext applicationContext;
        private final Map<String, Boolean> projectBean = new ConcurrentHashMap<>();

        ProjectBeans(ApplicationContext applicationContext) {
            this.applicationContext = applicationContext;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && isProjectBean(name)) {
                context.setPropertyResolved(true);
                return applicationContext.getBean(name);
            }
            return null;
        }

        boolean isProjectBean(String name) {
            return projectBean.computeIfAbsent(name, n -> {
                if (!applicationContext.containsBean(n)) {
                    return false;
                }
                Class<?> type = applicationContext.getType(n);
                return type != null && type.getName().startsWith(PROJECT_PACKAGE);
            });
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // not resolved here: a bean is never assigned
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
