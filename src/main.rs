//! The `tableread` binary: parse the command line, run one command, print any error on one line.

mod cli;
mod commands;
mod progress;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("tableread: {err:#}");
            ExitCode::FAILURE
        }
    }
}
