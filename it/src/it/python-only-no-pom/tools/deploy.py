import sys


def main(argv):
    def usage():
        return "usage: deploy TARGET"
    return usage() if len(argv) < 2 else argv[1]


if __name__ == "__main__":
    print(main(sys.argv))
