package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every {@code ${bean}} and {@code #{bean}} a production BPMN file names exists in the application context: in
 * {@code ${name.method(…)}} and delegate expressions the name is a bean; a bare {@code ${name}} elsewhere must be one
 * of the process's variables ({@link LessonReviewProcess#VARIABLES} for the review; the few of the other processes
 * named here).
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
class BpmnBeansIntegrationTest {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'\"])([A-Za-z_]\\w*)(\\s*\\.)?");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task");

    /** The variables each process may read: the review's from its constants, the others' few named here. */
    private static final Map<String, Set<String>> PROCESS_VARIABLES = Map.of(
            "lesson-review.bpmn", LessonReviewProcess.VARIABLES,
            "lesson-question.bpmn", Set.of("escalateAfter", "flagAfter"),
            "reuse-follow-up.bpmn", Set.of("followUpAfter"),
            "pairing-reply.bpmn", Set.of("reminderAt", "replyBy"));

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanNamedInTheBpmnExists() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        assertThat(files).extracting(Resource::getFilename).contains("lesson-review.bpmn");
        Set<String> beans = new TreeSet<>();
        Map<String, Set<String>> variablesByFile = new TreeMap<>();
        for (Resource file : files) {
            Set<String> fileVariables = variablesByFile.computeIfAbsent(file.getFilename(), f -> new TreeSet<>());
            for (String[] expression : expressions(file)) {
                boolean delegate = expression[0].endsWith("delegateExpression");
                Matcher identifiers = IDENTIFIER.matcher(expression[1].replaceAll("'[^']*'", "''"));
                while (identifiers.find()) {
                    String name = identifiers.group(1);
                    if (KEYWORDS.contains(name)) {
                        continue;
                    }
                    if (delegate || identifiers.group(2) != null) {
                        beans.add(name);
                    } else {
                        fileVariables.add(name);
                    }
                }
            }
        }
        assertThat(beans).isNotEmpty().contains("assignReviewersDelegate", "taskCreatedListener", "currentReviewers");
        assertThat(beans).allSatisfy(bean -> assertThat(context.containsBean(bean))
                .as("bean %s named in the BPMN", bean).isTrue());
        variablesByFile.forEach((file, variables) -> {
            assertThat(PROCESS_VARIABLES).as("the variables of %s are known", file).containsKey(file);
            assertThat(PROCESS_VARIABLES.get(file)).as("variables of %s", file).containsAll(variables);
            assertThat(variables).as("variables of %s", file).doesNotContainAnyElementsOf(beans);
        });
    }

    /** [attribute or element name, expression body] for every expression in the file. */
    private static List<String[]> expressions(Resource file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream in = file.getInputStream()) {
            document = factory.newDocumentBuilder().parse(in);
        }
        List<String[]> found = new ArrayList<>();
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                collect(found, attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName(),
                        attribute.getNodeValue());
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    collect(found, element.getLocalName(), child.getNodeValue());
                }
            }
        }
        return found;
    }

    private static void collect(List<String[]> found, String where, String text) {
        Matcher matcher = EXPRESSION.matcher(text);
        while (matcher.find()) {
            found.add(new String[] {where, matcher.group(1)});
        }
    }
}
