import ArgumentParser

@main
struct Settle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settle",
        abstract: "Settle: a runnable model of persistent pain, its care engine and clinic.",
        subcommands: [
            SimulateCommand.self,
            ServeCommand.self,
            ScoreCommand.self,
            TrialCommand.self,
            CalibrateCommand.self,
            FitCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            ReportCommand.self,
            SeedClinicCommand.self,
            StoreProbeCommand.self,
        ]
    )
}
