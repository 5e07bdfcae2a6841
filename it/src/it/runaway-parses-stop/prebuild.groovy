// Twelve classes of one and a half million empty declarations (';'), 3 MB each: within maxFileSize, and each costs
// JavaParser seconds and hundreds of MB of tokens. Generated here rather than kept in git.
import java.nio.file.Files

def demo = new File(basedir, 'src/main/java/demo').toPath()
def body = ';\n' * 1_500_000
(1..12).each { Files.writeString(demo.resolve("Runaway${it}.java"), "class Runaway${it} {\n" + body + '}\n') }
null // a pre-build hook that returns anything but null or true skips the build
