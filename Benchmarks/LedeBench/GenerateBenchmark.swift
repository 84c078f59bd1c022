import CorpusGenerator
import Foundation

enum GenerateBenchmark {
    static func run(count: Int, folder: String) {
        let (_, seconds) = measure {
            do {
                try CorpusGenerator(seed: 42).write(count: count, to: URL(fileURLWithPath: folder))
            } catch {
                print("lede-bench: cannot write \(folder): \(error)")
                exit(1)
            }
        }
        print("wrote \(count) articles to \(folder) in \(format(seconds, 2)) s")
    }
}
