package coach.coffeechat.bot.discord;

import static coach.coffeechat.bot.discord.RouterHarness.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import coach.coffeechat.bot.discord.RouterHarness.Answer;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUp;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link InteractionRouter} with mocked JDA component events on a real coach: every kind of button, the select
 * menu and submitted modals, each with its stale and unreadable variants. The scenes walk {@code /contact add}:
 * a form, a warmth choice (buttons), a source choice (a select menu), an optional text question and a
 * confirmation. Slash commands, direct messages and lanes are in {@link InteractionRouterTest}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class InteractionRouterComponentTest {
    private static final String PRIYA = "Priya Shah";
    private static final String WHY = "She moved from support into security engineering.";
    private static final String REACH = "priya@example.com";

    private RouterHarness harness;
    private String ada;

    @BeforeEach
    void open() {
        harness = RouterHarness.open();
        ada = harness.ada();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    // ---- option, control, confirm and continue buttons ---------------------------------------------------------

    @ParameterizedTest(name = "from a guild: {0}")
    @ValueSource(booleans = {true, false})
    void anOptionClickAdvancesTheFlowToTheNextQuestion(boolean fromGuild) {
        long seen = atWarmth().version();
        ButtonInteractionEvent event = harness.button(ada, fromGuild, CustomIds.option(seen, "warm"));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        Reply now = harness.current(ada);
        assertThat(answer.ephemeral()).as("ephemeral").isEqualTo(fromGuild);
        assertThat(answer.text()).contains(harness.text("contact.add.source", "name", PRIYA));
        assertThat(answer.customIds()).startsWith(CustomIds.select(now.version()));
        assertThat(now.version()).isGreaterThan(seen);
        assertThat(now.prompt()).get().extracting(Prompt::text)
                .isEqualTo(harness.text("contact.add.source", "name", PRIYA));
    }

    @Test
    void aCancelClickStopsTheFlow() {
        long seen = atWarmth().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.control(seen, ControlAction.CANCEL));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).contains(harness.text("engine.cancelled", "flow", harness.text("contact.add.title")));
        assertThat(answer.customIds()).isEmpty();
        assertThat(harness.current(ada).prompt()).isEmpty();
    }

    @Test
    void aHelpClickExplainsTheQuestionAndKeepsIt() {
        long seen = atWarmth().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.control(seen, ControlAction.HELP));

        harness.router().onButtonInteraction(event);

        assertThat(harness.answerTo(event).text()).contains(harness.text("contact.add.warmth.help"))
                .contains(harness.text("contact.add.warmth", "name", PRIYA));
        assertThat(harness.current(ada).prompt()).get().isInstanceOf(Prompt.Choice.class);
    }

    @Test
    void aYesClickOnTheConfirmationSavesTheContact() {
        long seen = atConfirm().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.confirm(seen, true));

        harness.router().onButtonInteraction(event);

        assertThat(harness.answerTo(event).text()).contains(harness.text("contact.add.saved", "name", PRIYA));
        assertThat(harness.current(ada).prompt()).as("the flow is over").isEmpty();
        assertThat(harness.handle(ada, Input.Command.of("contact list")).text()).contains(PRIYA).contains(CONTACT);
    }

    @Test
    void aNoClickOnTheConfirmationAsksWhichFieldToChange() {
        long seen = atConfirm().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.confirm(seen, false));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).contains(harness.text("contact.add.change"));
        assertThat(harness.current(ada).prompt()).get().isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.options()).extracting(Prompt.Option::id).contains("name", "why", "reach"));
        assertThat(harness.handle(ada, Input.Command.of("contact list")).text()).doesNotContain(PRIYA);
    }

    @Test
    void aContinueClickGoesOnWithAnEmptyAnswer() {
        // No shipped flow has an information prompt; on the optional text question an empty answer goes on too.
        long seen = atReach().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.proceed(seen));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        long now = harness.current(ada).version();
        Prompt confirm = harness.current(ada).prompt().orElseThrow();
        assertThat(confirm).isInstanceOf(Prompt.Confirm.class);
        assertThat(answer.text()).contains(confirm.text()).doesNotContain(REACH);
        assertThat(answer.customIds()).startsWith(CustomIds.confirm(now, true), CustomIds.confirm(now, false));
    }

    // ---- open-modal buttons ------------------------------------------------------------------------------------

    @Test
    void anOpenModalClickOpensTheModalOfTheForm() {
        long seen = atForm().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.openModal(seen));

        harness.router().onButtonInteraction(event);

        Modal modal = harness.modalOpenedBy(event);
        assertThat(modal.getId()).isEqualTo(CustomIds.modal(seen));
        assertThat(modal.getTitle()).isEqualTo(harness.text("contact.add.form-title"));
        assertThat(inputs(modal)).extracting(TextInput::getCustomId)
                .containsExactly("name", "role", "organisation", "why");
        verify(event, never()).reply(any(MessageCreateData.class));
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    @Test
    void anOpenModalClickOnATextQuestionOpensAModalWithOneAnswer() {
        long seen = atReach().version();
        ButtonInteractionEvent event = harness.button(ada, false, CustomIds.openModal(seen));

        harness.router().onButtonInteraction(event);

        Modal modal = harness.modalOpenedBy(event);
        assertThat(modal.getId()).isEqualTo(CustomIds.modal(seen));
        assertThat(inputs(modal)).extracting(TextInput::getCustomId).containsExactly(CustomIds.TEXT_ANSWER);
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void anOpenModalClickFromAnEarlierQuestionGetsTheStaleNoteInsteadOfAModal() {
        // The user is at another question that has a modal too: the old button must not open that one.
        long formVersion = atForm().version();
        answerForm();
        answerWarmth();
        long seen = answerSource().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.openModal(formVersion));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains(harness.text("engine.stale"))
                .contains(harness.text("contact.add.reach", "name", PRIYA));
        assertThat(answer.customIds()).startsWith(CustomIds.openModal(seen));
        verify(event, never()).replyModal(any());
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    @Test
    void anOpenModalClickWhenTheQuestionHasNothingToTypeGetsTheStaleNote() {
        long seen = atWarmth().version();
        ButtonInteractionEvent event = harness.button(ada, false, CustomIds.openModal(seen));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).isFalse();
        assertThat(answer.text()).contains(harness.text("engine.stale"));
        verify(event, never()).replyModal(any());
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    // ---- follow-up buttons -------------------------------------------------------------------------------------

    @Test
    void aFollowUpClickForAFollowUpThatDoesNotExistGetsAKindNote() {
        long seen = atWarmth().version();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.followUp(seen, 999, FollowUpAction.DONE));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.text("followup.act.settled"));
        assertThat(answer.ephemeral()).isTrue();
        assertThat(harness.current(ada).version()).as("the open flow is untouched").isEqualTo(seen);
    }

    @Test
    void aFollowUpClickActsOnTheFollowUp() {
        harness.handle(ada, new Input.Command("meeting schedule", Map.of("contact", CONTACT,
                "when", "2026-03-12 16:00")));
        FollowUp prep = openFollowUps().get(0);
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.followUp(0, prep.id(), FollowUpAction.DONE));

        harness.router().onButtonInteraction(event);

        assertThat(harness.answerTo(event).text()).isEqualTo(harness.text("followup.act.done"));
        FollowUp settled = harness.database().inTransaction(connection ->
                SharedCoach.coach().followUps().find(connection, new UserId(ada), prep.id())).orElseThrow();
        assertThat(settled.state()).isEqualTo(FollowUpState.DONE);
    }

    // ---- stale and unreadable buttons --------------------------------------------------------------------------

    @Test
    void aStaleOptionClickGetsTheStaleNoteAndChangesNothing() {
        long warmthVersion = atWarmth().version();
        Reply source = answerWarmth();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.option(warmthVersion, "cold"));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).contains(harness.text("engine.stale"))
                .contains(harness.text("contact.add.source", "name", PRIYA))
                .doesNotContain(harness.text("contact.add.cold-note"));
        assertThat(answer.customIds()).startsWith(CustomIds.select(source.version()));
        assertThat(harness.current(ada).version()).isEqualTo(source.version());
    }

    @ParameterizedTest(name = "custom id \"{0}\"")
    @ValueSource(strings = {"", "another-bot:approve", "cc:1:zzz", "cc:1:c:dance", "cc:1:f:7:fly", "cc:01:g",
        "cc:1:s", "cc:1:d"})
    void aButtonThisBotCannotReadGetsTheUnknownNoteEphemerally(String customId) {
        long seen = atWarmth().version();
        ButtonInteractionEvent event = harness.button(ada, false, customId);

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.unknownNote());
        assertThat(answer.ephemeral()).as("even in a direct message").isTrue();
        assertThat(answer.customIds()).isEmpty();
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    // ---- select menus ------------------------------------------------------------------------------------------

    @Test
    void aPickInTheSelectMenuAdvancesTheFlow() {
        long seen = atSource().version();
        StringSelectInteractionEvent event = harness.select(ada, true, CustomIds.select(seen), List.of("friend"));

        harness.router().onStringSelectInteraction(event);

        Answer answer = harness.answerTo(event);
        long now = harness.current(ada).version();
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains(harness.text("contact.add.reach", "name", PRIYA));
        assertThat(answer.customIds()).startsWith(CustomIds.openModal(now));
        assertThat(now).isGreaterThan(seen);
    }

    @Test
    void aStalePickInTheSelectMenuGetsTheStaleNoteAndChangesNothing() {
        long sourceVersion = atSource().version();
        Reply reach = answerSource();
        StringSelectInteractionEvent event = harness.select(ada, false, CustomIds.select(sourceVersion),
                List.of("family"));

        harness.router().onStringSelectInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).isFalse();
        assertThat(answer.text()).contains(harness.text("engine.stale"))
                .contains(harness.text("contact.add.reach", "name", PRIYA));
        assertThat(harness.current(ada).version()).isEqualTo(reach.version());
    }

    @Test
    void aSelectWithoutAValueGetsTheUnknownNote() {
        long seen = atSource().version();
        StringSelectInteractionEvent event = harness.select(ada, true, CustomIds.select(seen), List.of());

        harness.router().onStringSelectInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.unknownNote());
        assertThat(answer.ephemeral()).isTrue();
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    @ParameterizedTest(name = "custom id \"{0}\"")
    @ValueSource(strings = {"cc:1:o:friend", "cc:1:g", "cc:1:m", "another-bot:menu"})
    void aSelectWhoseIdIsNotASelectMenuGetsTheUnknownNote(String customId) {
        long seen = atSource().version();
        StringSelectInteractionEvent event = harness.select(ada, false, customId, List.of("friend"));

        harness.router().onStringSelectInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.unknownNote());
        assertThat(answer.ephemeral()).isTrue();
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    // ---- submitted modals --------------------------------------------------------------------------------------

    @Test
    void aSubmittedFormBecomesOneAnswerWithEveryField() {
        long seen = atForm().version();
        ModalInteractionEvent event = harness.modal(ada, true, CustomIds.modal(seen), Map.of("name", PRIYA,
                "role", "Security engineer", "organisation", "Globex", "why", WHY));

        harness.router().onModalInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains(harness.text("contact.add.warmth", "name", PRIYA));
        assertThat(harness.current(ada).version()).isGreaterThan(seen);
        answerWarmth();
        answerSource();
        assertThat(harness.handle(ada, new Input.Answer("")).text())
                .as("the confirmation sums up every field of the form")
                .contains(PRIYA + " \u2014 Security engineer at Globex").contains(WHY);
    }

    @Test
    void aSubmittedTextQuestionBecomesASingleAnswer() {
        long seen = atReach().version();
        ModalInteractionEvent event = harness.modal(ada, false, CustomIds.modal(seen),
                Map.of(CustomIds.TEXT_ANSWER, REACH));

        harness.router().onModalInteraction(event);

        Answer answer = harness.answerTo(event);
        long now = harness.current(ada).version();
        Prompt confirm = harness.current(ada).prompt().orElseThrow();
        assertThat(confirm).isInstanceOf(Prompt.Confirm.class);
        assertThat(answer.ephemeral()).isFalse();
        assertThat(answer.text()).contains(confirm.text()).contains(REACH);
        assertThat(answer.customIds()).startsWith(CustomIds.confirm(now, true));
    }

    @Test
    void aLoneTextAnswerIsSentAsAnAnswerNotAsAForm() {
        // Were it a form, the details form would say its name is missing; an answer gets the form shown again.
        long seen = atForm().version();
        ModalInteractionEvent event = harness.modal(ada, true, CustomIds.modal(seen),
                Map.of(CustomIds.TEXT_ANSWER, PRIYA));

        harness.router().onModalInteraction(event);

        assertThat(harness.answerTo(event).text())
                .contains(harness.text("engine.form-needed", "title", harness.text("contact.add.form-title")))
                .doesNotContain(harness.text("engine.required", "label", harness.text("contact.field.name")));
        assertThat(harness.current(ada).prompt()).get().isInstanceOf(Prompt.Form.class);
    }

    @Test
    void aFormWithOneFieldThatIsNotTheTextAnswerStaysAForm() {
        long seen = atForm().version();
        ModalInteractionEvent event = harness.modal(ada, true, CustomIds.modal(seen), Map.of("name", PRIYA));

        harness.router().onModalInteraction(event);

        assertThat(harness.answerTo(event).text()).contains(harness.text("contact.add.warmth", "name", PRIYA));
        assertThat(harness.current(ada).version()).isGreaterThan(seen);
    }

    @Test
    void aStaleModalGetsTheStaleNoteAndChangesNothing() {
        long formVersion = atForm().version();
        long seen = answerForm().version();
        ModalInteractionEvent event = harness.modal(ada, true, CustomIds.modal(formVersion),
                Map.of("name", "Someone Else", "role", "", "organisation", "", "why", ""));

        harness.router().onModalInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).contains(harness.text("engine.stale"))
                .contains(harness.text("contact.add.warmth", "name", PRIYA))
                .doesNotContain("Someone Else");
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    @ParameterizedTest(name = "modal id \"{0}\"")
    @ValueSource(strings = {"", "another-bot:form", "cc:1:zzz", "cc:1:m", "cc:1:s"})
    void aModalThisBotCannotReadGetsTheUnknownNote(String modalId) {
        long seen = atForm().version();
        ModalInteractionEvent event = harness.modal(ada, false, modalId, Map.of("name", PRIYA));

        harness.router().onModalInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.unknownNote());
        assertThat(answer.ephemeral()).isTrue();
        assertThat(harness.current(ada).version()).isEqualTo(seen);
    }

    // ---- scenes: /contact add, one step further each -----------------------------------------------------------

    /** Ada has started adding a contact: the details form. */
    private Reply atForm() {
        Reply form = harness.handle(ada, Input.Command.of("contact add"));
        assertThat(form.prompt()).get().isInstanceOf(Prompt.Form.class);
        return form;
    }

    /** How well does Ada know Priya: three option buttons. */
    private Reply atWarmth() {
        atForm();
        return answerForm();
    }

    /** Ada fills in the form (as the engine's own input); the reply is the warmth choice. */
    private Reply answerForm() {
        Reply warmth = harness.handle(ada, new Input.Form(Map.of("name", PRIYA, "why", WHY)));
        assertThat(warmth.text()).contains(harness.text("contact.add.warmth", "name", PRIYA));
        return warmth;
    }

    /** Where Ada knows Priya from: nine options, so a select menu. */
    private Reply atSource() {
        atWarmth();
        return answerWarmth();
    }

    private Reply answerWarmth() {
        Reply source = harness.handle(ada, new Input.Answer("warm"));
        assertThat(source.text()).contains(harness.text("contact.add.source", "name", PRIYA));
        return source;
    }

    /** How Ada will reach Priya: an optional text question. */
    private Reply atReach() {
        atSource();
        return answerSource();
    }

    private Reply answerSource() {
        Reply reach = harness.handle(ada, new Input.Answer("friend"));
        assertThat(reach.prompt()).get().isInstanceOf(Prompt.Text.class);
        return reach;
    }

    /** Save Priya? A confirmation. */
    private Reply atConfirm() {
        atReach();
        Reply confirm = harness.handle(ada, new Input.Answer(REACH));
        assertThat(confirm.prompt()).get().isInstanceOf(Prompt.Confirm.class);
        return confirm;
    }

    private List<FollowUp> openFollowUps() {
        List<FollowUp> open = harness.database().inTransaction(connection ->
                SharedCoach.coach().followUps().open(connection, new UserId(ada)));
        assertThat(open).as("open follow-ups").isNotEmpty();
        return open;
    }

    private static List<TextInput> inputs(Modal modal) {
        return modal.getComponents().stream().map(component -> component.asLabel().getChild().asTextInput())
                .toList();
    }
}
