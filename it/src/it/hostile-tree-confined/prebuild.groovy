// A tree a build could meet: a generated file over the size limit, a link out of the source roots, a link
// loop and a second path to the same file.
import java.nio.file.Files

def demo = new File(basedir, 'src/main/java/demo').toPath()
def big = ['package demo;', '', 'class Big {'] + (1..200).collect { "  int f${it} = ${it};" } + ['}']
Files.writeString(demo.resolve('Big.java'), big.join('\n') + '\n')
def outside = new File(basedir, 'outside').toPath()
Files.createDirectories(outside)
Files.writeString(outside.resolve('Secret.java'), 'class Secret { void f() {} }\n')
Files.createSymbolicLink(demo.resolve('escape'), outside)
Files.createSymbolicLink(demo.resolve('SecretLink.java'), outside.resolve('Secret.java'))
Files.createSymbolicLink(demo.resolve('loop'), demo)
Files.createSymbolicLink(demo.resolve('Alias.java'), demo.resolve('Small.java'))
null // a pre-build hook that returns anything but null or true skips the build
