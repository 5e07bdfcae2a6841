// The .git file of a linked work tree whose repository was removed.
new File(basedir, '.git').text = 'gitdir: ' + new File(basedir, 'gone/.git/worktrees/wt').absolutePath + '\n'
null // a pre-build hook that returns anything but null or true skips the build
