using Tdkt.Contracts;
using static Tdkt.Integration.Tests.Drills.EventSample;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// A realistic sample of every message a service consumes, with what must arrive before it for its first delivery to
/// have an effect (the year opened before its scores…). A message no sample covers fails the drill's guard by name.
/// </summary>
public static class EventSamples
{
    private static readonly IReadOnlyDictionary<Type, EventSample> Samples = new Dictionary<Type, EventSample>
    {
        [typeof(ClusterRegistered)] = Sent(y => y.Registered()),
        [typeof(ClusterYearOpened)] = Sent(y => y.Opened()),
        [typeof(ClusterYearFrameworkAssigned)] = Sent(y => y.FrameworkAssigned(), y => y.Opened(withFramework: false)),
        [typeof(CalendarOverridesChanged)] = Sent(y => y.CalendarChanged(), y => y.Opened()),
        [typeof(RegistrationSubmitted)] = Sent(y => y.RegistrationSubmitted(), y => y.Opened()),
        [typeof(CovenantSigned)] = Sent(y => y.CovenantSigned(), y => y.Opened()),
        [typeof(SelfAssessmentSubmitted)] = Sent(y => y.SelfAssessmentSubmitted(), y => y.Opened()),
        [typeof(ReportSubmitted)] = Sent(y => y.ReportSubmitted("annual"), y => y.Opened()),
        [typeof(DeadlineMissed)] = Sent(y => y.DeadlineMissed(), y => y.Opened()),
        [typeof(StepsPlanned)] = Sent(y => y.StepsPlanned(), y => y.Opened()),
        [typeof(CrossInspectionCompleted)] = Sent(y => y.CrossInspectionCompleted(), y => y.Opened()),
        [typeof(ScoresPublished)] = Sent(y => y.ScoresPublished(), y => y.Opened()),
        // Whichever of the scores and the nominations comes second makes the dossier's first draft.
        [typeof(ScoresFinalized)] = Sent(y => y.ScoresFinalized(), y => y.Opened(), y => y.NominationsDecided()),
        [typeof(NominationsDecided)] = Sent(y => y.NominationsDecided(), y => y.Opened(), y => y.ScoresFinalized()),
        [typeof(LeadershipElected)] = Sent(y => y.LeadershipElected(), y => y.Opened()),
        [typeof(ConferenceScheduled)] = Sent(y => y.ConferenceScheduled(), y => y.Opened()),
        [typeof(ConferenceHeld)] = Sent(y => y.ConferenceHeld(), y => y.Opened()),
        [typeof(ExplanationRequested)] = Sent(y => y.ExplanationRequested(), y => y.Opened()),
        [typeof(ExplanationAnswered)] = Sent(y => y.ExplanationAnswered(), y => y.Opened(), y => y.ExplanationRequested()),
        [typeof(DossierSubmitted)] = Sent(y => y.DossierSubmitted(), y => y.Opened()),
    };

    /// <summary>Where one service needs another sample of a message than the others.</summary>
    private static readonly IReadOnlyDictionary<(string Service, Type Message), EventSample> ForService = new Dictionary<(string, Type), EventSample>
    {
        // The dossier keeps achievement reports; the workflows' steps wait for the others.
        [("dossier", typeof(ReportSubmitted))] = Sent(y => y.ReportSubmitted("achievement"), y => y.Opened()),
        // The dossier service publishes these two itself, to its own consumers.
        [("dossier", typeof(DossierSubmitted))] = DossierWorld.Approval,
        [("dossier", typeof(DossierDeliveryRequested))] = DossierWorld.DeliveryAskedAgain,
    };

    public static EventSample? For(ConsumerPair pair) =>
        ForService.GetValueOrDefault((pair.Service, pair.Message)) ?? Samples.GetValueOrDefault(pair.Message);
}
