fn main() -> std::process::ExitCode {
    qingxi::cli::main()
}
