// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// NfatFacility from contracts/src/nfat/NfatFacility.sol.

export const nfatFacilityAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ATTEST_BEACON",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_ATTESTATION_AGE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "NFAT_BEACON",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "attestBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attestationHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "book",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatFacility.Book",
        "components": [
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum INfatFacility.BookStatus"
          },
          {
            "name": "statusSince",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "attestedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "attestedVersion",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "version",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "unitCount",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "liabilities",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "attestationHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bookCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bookIdAt",
    "inputs": [
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "buybox",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatFacility.Buybox",
        "components": [
          {
            "name": "termMin",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "termMax",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sizeMin",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "sizeMax",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "apyMinBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "apyMaxBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "restrictedDepositors",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "transferAllowList",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "assetType",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "jurisdiction",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claim",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "controller",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "dealToken",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deposit",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "depositAsset",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashTerms",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct INfatFacility.FacilityConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nfatBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "attestBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "unitRecorder",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "buybox",
            "type": "tuple",
            "internalType": "struct INfatFacility.Buybox",
            "components": [
              {
                "name": "termMin",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "termMax",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "sizeMin",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "sizeMax",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "apyMinBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "apyMaxBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "restrictedDepositors",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "transferAllowList",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "assetType",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "jurisdiction",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isAttestationFresh",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "offboardDepositor",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onboardDepositor",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "openBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "redeem",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reduceBookLiability",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "principalRepaid",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "unitRedeemed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setBookStatus",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "next",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "sharesOf",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalShares",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalUnderlying",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unitRecorder",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "BookAttested",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "attestationHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookLiabilityReduced",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "principalRepaid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unitRedeemed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unitCount",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookOpened",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookStatusChanged",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "from",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "to",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Claimed",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesBurnt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "termsHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Deposited",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DepositorOffboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DepositorOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FacilityInitialized",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatFacility.FacilityConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nfatBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "attestBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "unitRecorder",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "buybox",
            "type": "tuple",
            "internalType": "struct INfatFacility.Buybox",
            "components": [
              {
                "name": "termMin",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "termMax",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "sizeMin",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "sizeMax",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "apyMinBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "apyMaxBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "restrictedDepositors",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "transferAllowList",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "assetType",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "jurisdiction",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_AttestationNotFresh",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attestedVersion",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "version",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "attestedAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookClosed",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookExists",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookNotEmpty",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "unitCount",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookNotFilling",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_DepositorNotOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InflowMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "moved",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InsufficientQueueBalance",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InvalidBuybox",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InvalidTransition",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "from",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "to",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_LiabilityUnderflow",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_MaturityNotInFuture",
    "inputs": [
      {
        "name": "maturity",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "nowTime",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_NotRedeem",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_NothingToWithdraw",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_OutsideBuybox",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_SameBeacon",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_TransferMismatch",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_UnknownBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_ZeroAddress",
    "inputs": [
      {
        "name": "what",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_ZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroAttestation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroBookId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroShares",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const nfatFacilityBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b613984806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c8063983d27371161012a578063be040fb0116100b4578063ccc41f2411610079578063ccc41f2414610598578063d547741f146105aa578063ee9d4765146105bd578063f5eb42dc146105d0578063f77c4791146105f8575f5ffd5b8063be040fb01461052a578063c1ace76f1461053d578063c5fc956d14610551578063c70920bc14610564578063ca8e1b071461056d575f5ffd5b8063b08e9692116100fa578063b08e9692146104df578063b2498245146104f2578063b6b55f2514610505578063b905ad7814610518578063b9f7bb8d14610520575f5ffd5b8063983d27371461049d5780639931e9c0146104b15780639a3c37fa146104c4578063a217fddf146104d8575f5ffd5b80633a98ef39116101ab5780635280c3ee1161017b5780635280c3ee1461041957806367cdfcaa1461044457806370a08231146104645780637e6fe0ae1461047757806391d148541461048a575f5ffd5b80633a98ef39146102f25780633ccfd60b146102fb578063474b2886146103035780634da03c8e14610316575f5ffd5b8063248a9ca3116101f1578063248a9ca3146102935780632f2ff15d146102a657806331b24d4b146102b95780633375d5f5146102cc57806336568abe146102df575f5ffd5b806301ffc9a71461022257806302f4ba7b1461024a578063190adb1b1461025f578063230b727214610280575b5f5ffd5b610235610230366004612d78565b61060b565b60405190151581526020015b60405180910390f35b61025d610258366004612d9f565b610635565b005b61027261026d366004612dee565b610d8c565b604051908152602001610241565b61025d61028e366004612e34565b6110ac565b6102726102a1366004612e4f565b61110e565b61025d6102b4366004612e66565b61112e565b61025d6102c7366004612e94565b611150565b61025d6102da366004612e4f565b6112ab565b61025d6102ed366004612e66565b611413565b61027260095481565b61027261144b565b610235610311366004612e4f565b61152d565b61040c60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060408051610140810182526005546001600160401b038082168352600160401b82041660208301526001600160801b03600160801b91829004811693830193909352600654928316606083015263ffffffff90830481166080830152600160a01b83041660a082015260ff600160c01b83048116151560c0830152600160c81b909204909116151560e082015260075461010082015260085461012082015290565b6040516102419190612eb4565b60025461042c906001600160a01b031681565b6040516001600160a01b039091168152602001610241565b610457610452366004612e4f565b611543565b6040516102419190612fb5565b610272610472366004612e34565b611630565b60045461042c906001600160a01b031681565b610235610498366004612e66565b61166f565b6102725f5160206139045f395f51905f5281565b6102726104bf366004612e4f565b6116a5565b6102725f5160206139645f395f51905f5281565b6102725f81565b61025d6104ed366004613051565b6116c9565b61025d61050036600461308f565b6118e4565b610272610513366004612e4f565b611a88565b600e54610272565b6102726201518081565b60035461042c906001600160a01b031681565b6102725f5160206139245f395f51905f5281565b61025d61055f366004612e34565b611d02565b610272600a5481565b61023561057b366004612e34565b6001600160a01b03165f908152600c602052604090205460ff1690565b5f5461042c906001600160a01b031681565b61025d6105b8366004612e66565b611daa565b6102726105cb3660046130c5565b611dc6565b6102726105de366004612e34565b6001600160a01b03165f908152600b602052604090205490565b60015461042c906001600160a01b031681565b5f6001600160e01b03198216635ad0a22160e11b148061062f575061062f82611df5565b92915050565b5f61063e611e29565b805490915060ff600160401b82041615906001600160401b03165f811580156106645750825b90505f826001600160401b0316600114801561067f5750303b155b90508115801561068d575080155b156106ab5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156106d557845460ff60401b1916600160401b1785555b5f6106e36020880188612e34565b6001600160a01b03160361072757604051637ade6d7f60e11b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f6107386060880160408901612e34565b6001600160a01b03160361077c57604051637ade6d7f60e11b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b604482015260640161071e565b5f61078d6080880160608901612e34565b6001600160a01b0316036107d357604051637ade6d7f60e11b815260206004820152600c60248201526b30ba3a32b9ba2132b0b1b7b760a11b604482015260640161071e565b5f6107e460a0880160808901612e34565b6001600160a01b03160361082a57604051637ade6d7f60e11b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b604482015260640161071e565b5f61083b60c0880160a08901612e34565b6001600160a01b03160361087f57604051637ade6d7f60e11b815260206004820152600a60248201526931b7b73a3937b63632b960b11b604482015260640161071e565b5f61089060e0880160c08901612e34565b6001600160a01b0316036108d357604051637ade6d7f60e11b81526020600482015260096024820152683232b0b62a37b5b2b760b91b604482015260640161071e565b5f6108e5610100880160e08901612e34565b6001600160a01b03160361092557604051637ade6d7f60e11b815260206004820152600660248201526572656465656d60d01b604482015260640161071e565b5f61093861012088016101008901612e34565b6001600160a01b03160361097e57604051637ade6d7f60e11b815260206004820152600c60248201526b3ab734ba2932b1b7b93232b960a11b604482015260640161071e565b61098e6080870160608801612e34565b6001600160a01b03166109a76060880160408901612e34565b6001600160a01b0316036109ea576109c56060870160408801612e34565b6040516386a9c2ed60e01b81526001600160a01b03909116600482015260240161071e565b6101208601610a01610160880161014089016130fe565b6001600160401b0316610a1760208301836130fe565b6001600160401b03161115610a5e57610a3360208201826130fe565b610a4360408301602084016130fe565b604051634848989360e11b815260040161071e929190613119565b610a6e608082016060830161317a565b6001600160801b0316610a87606083016040840161317a565b6001600160801b03161180610ab25750610aa7608082016060830161317a565b6001600160801b0316155b15610af257610ac7606082016040830161317a565b610ad7608083016060840161317a565b604051634848989360e11b815260040161071e929190613195565b610b0260c0820160a083016131f3565b63ffffffff16610b1860a08301608084016131f3565b63ffffffff161115610b5f57610b3460a08201608083016131f3565b610b4460c0830160a084016131f3565b604051634848989360e11b815260040161071e92919061320e565b610b67611e51565b610b7d5f610b7860208a018a612e34565b611e5b565b505f610b8f6040890160208a01612e34565b6001600160a01b031614610bc057610bbe5f5160206139045f395f51905f52610b7860408a0160208b01612e34565b505b610be15f5160206139645f395f51905f52610b7860608a0160408b01612e34565b50610c035f5160206139245f395f51905f52610b7860808a0160608b01612e34565b50610c1460a0880160808901612e34565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610c4360c0880160a08901612e34565b600180546001600160a01b0319166001600160a01b0392909216919091179055610c7360e0880160c08901612e34565b600280546001600160a01b0319166001600160a01b0392909216919091179055610ca4610100880160e08901612e34565b600380546001600160a01b0319166001600160a01b0392909216919091179055610cd661012088016101008901612e34565b600480546001600160a01b0319166001600160a01b0392909216919091179055806005610d03828261327c565b9050507f300f3edefba6316ab87fe3baed615ad557bc5d5415ec5bd2b510bb69c084600387604051610d3591906134ef565b60405180910390a1508315610d8457845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610d95611ef1565b5f5160206139645f395f51905f52610dac81611f5e565b5f848152600d6020526040812090815460ff166006811115610dd057610dd0612f8d565b03610df15760405163301fead160e21b81526004810186905260240161071e565b6001815460ff166006811115610e0957610e09612f8d565b14158015610e2d57506002815460ff166006811115610e2a57610e2a612f8d565b14155b15610e555780546040516342178f6760e01b815261071e91879160ff909116906004016135f1565b610e5f8685611f6b565b600654600160c01b900460ff168015610e9057506001600160a01b0387165f908152600c602052604090205460ff16155b15610eb9576040516318e6513560e21b81526001600160a01b038816600482015260240161071e565b5f610ec48888612153565b90505f85604051602001610ed8919061366e565b60408051601f19818403018152919052805160209091012090506001835460ff166006811115610f0a57610f0a612f8d565b03610f1b57610f1b87846002612219565b87836002015f828254610f2e9190613690565b9091555050600183018054600890610f5590600160401b90046001600160401b03166136a3565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550826001015f81819054906101000a90046001600160401b0316610f9b906136a3565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550610fc8886122d7565b610fd589898989856125b1565b60048054604051631a5dd34360e21b81529182018390526001600160a01b038c81166024840152604483018c9052606483018b90526084830185905292975091909116906369774d0c9060a4015f604051808303815f87803b158015611039575f5ffd5b505af115801561104b573d5f5f3e3d5ffd5b5050505086896001600160a01b0316867f1bfc4bfd998e5531a1f647014cc4a5663eaec73bc617ffd1c0039ad4027e54a38b86868c60405161109094939291906136cd565b60405180910390a4505050506110a4612763565b949350505050565b5f5160206139045f395f51905f526110c381611f5e565b6001600160a01b0382165f818152600c6020526040808220805460ff19169055513392917f3b9b0d88c4f5a7fd1b6152b972832787075c375c8522464b26cd44d72f348c5991a35050565b5f9081525f5160206139445f395f51905f52602052604090206001015490565b6111378261110e565b61114081611f5e565b61114a8383611e5b565b50505050565b5f5160206139245f395f51905f5261116781611f5e565b81611185576040516338efc31f60e21b815260040160405180910390fd5b5f838152600d6020526040812090815460ff1660068111156111a9576111a9612f8d565b036111ca5760405163301fead160e21b81526004810185905260240161071e565b6006815460ff1660068111156111e2576111e2612f8d565b03611203576040516379fefc4360e11b81526004810185905260240161071e565b600381018390556112134261278d565b8154600183015478ffffffffffffffffffffffffffffffff00000000000000000019909116600160481b6001600160401b039384160267ffffffffffffffff60881b1916179116600160881b8102919091178255604080518581526020810192909252339186917f187d77d907dcc16799ffb64e4902597d9f15a8706b3ab2e3700de8925a143a38910160405180910390a350505050565b5f5160206139645f395f51905f526112c281611f5e565b816112e05760405163cfda1d8360e01b815260040160405180910390fd5b5f828152600d6020526040812090815460ff16600681111561130457611304612f8d565b146113255760405163023b373760e31b81526004810184905260240161071e565b805460ff191660011781556113394261278d565b81546001600160401b03919091166101000268ffffffffffffffff00199091161781556001808201805467ffffffffffffffff191682179055600e805491820181555f9081527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd909101849055604051339185917f548c0c3d91901eb53a1559bc917d87cb516c2a76a44cc8b8ab15752f2adf259b9190a3827f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d495f600180604051611406939291906136ef565b60405180910390a2505050565b6001600160a01b038116331461143c5760405163334bd91960e11b815260040160405180910390fd5b61144682826127c6565b505050565b5f611454611ef1565b335f908152600b60205260408120549081900361148657604051631176664960e21b815233600482015260240161071e565b600954600a5461149890839083612848565b335f908152600b602052604081205592506114b38282613721565b60098190555082600a5f8282546114ca9190613721565b90915550505f546114e5906001600160a01b031633856128f8565b604080518481526020810184905233917f92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6910160405180910390a2505061152a612763565b90565b5f818152600d6020526040812061062f90612957565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525f828152600d602052604090819020815161010081019092528054829060ff1660068111156115b4576115b4612f8d565b60068111156115c5576115c5612f8d565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091048116606083015260018301548082166080840152600160401b90041660a0820152600282015460c082015260039091015460e09091015292915050565b6009545f908015611666576001600160a01b0383165f908152600b6020526040902054600a54611661919083612848565b611668565b5f5b9392505050565b5f9182525f5160206139445f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f600e82815481106116b9576116b9613734565b905f5260205f2001549050919050565b5f5160206139645f395f51905f526116e081611f5e565b5f838152600d602052604081208054909160ff9091169081600681111561170957611709612f8d565b0361172a5760405163301fead160e21b81526004810186905260240161071e565b600681600681111561173e5761173e612f8d565b0361175f576040516379fefc4360e11b81526004810186905260240161071e565b600684600681111561177357611773612f8d565b036117e7576001820154600160401b90046001600160401b031615158061179d5750600282015415155b156117e257600182015460028301546040516270f85f60e61b815260048101889052600160401b9092046001600160401b03166024830152604482015260640161071e565b6118d2565b8060068111156117f9576117f9612f8d565b611804906001613748565b60ff1684600681111561181957611819612f8d565b60ff16146118405784818560405163d376bf1d60e01b815260040161071e93929190613761565b600384600681111561185457611854612f8d565b14806118715750600484600681111561186f5761186f612f8d565b145b156118d25761187f82612957565b6118d257815460018301546040516321c967c960e01b8152600481018890526001600160401b03600160881b8404811660248301529182166044820152600160481b90920416606482015260840161071e565b6118dd858386612219565b5050505050565b6003546001600160a01b0316331461191157604051638f04c17d60e01b815233600482015260240161071e565b5f838152600d6020526040812090815460ff16600681111561193557611935612f8d565b036119565760405163301fead160e21b81526004810185905260240161071e565b60028101548084111561198d57604051631c5b606160e21b815260048101869052602481018590526044810182905260640161071e565b6119978482613721565b60028301819055905082156119ed576001820180546008906119c890600160401b90046001600160401b0316613782565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b6001820180545f90611a07906001600160401b03166136a3565b82546101009290920a6001600160401b038181021990931691831602179091556001830154604080518781528615156020820152908101849052600160401b909104909116606082015285907ffd03bc6ce565c6a72338e0c5e96c4510602ef13585f89215fb7ab8ee37bcd113906080015b60405180910390a25050505050565b5f611a91611ef1565b815f03611ab15760405163072f922960e51b815260040160405180910390fd5b600654600160c01b900460ff168015611ad95750335f908152600c602052604090205460ff16155b15611af9576040516318e6513560e21b815233600482015260240161071e565b6009548015611b1457611b0f8382600a54612848565b611b16565b825b9150815f03611b3a57604051623faebb60e31b81526004810184905260240161071e565b611b448282613690565b60098190555082600a5f828254611b5b9190613690565b9091555050335f908152600b602052604081208054849290611b7e908490613690565b9091555050604080518481526020810184905233917f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca910160405180910390a25f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa158015611c07573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c2b91906137a3565b9050611c426001600160a01b0383163330886129c5565b6040516370a0823160e01b81523060048201525f90611cb69083906001600160a01b038616906370a08231906024015b602060405180830381865afa158015611c8d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cb191906137a3565b6129fe565b9050858114611cf15760405163b8715db960e01b81526001600160a01b0384166004820152602481018790526044810182905260640161071e565b50505050611cfd612763565b919050565b5f5160206139045f395f51905f52611d1981611f5e565b6001600160a01b038216611d5c57604051637ade6d7f60e11b81526020600482015260096024820152683232b837b9b4ba37b960b91b604482015260640161071e565b6001600160a01b0382165f818152600c6020526040808220805460ff19166001179055513392917f3b37e1824559bbf2827b15d4851a24609791e59303bd8828583ac46ecd03e39a91a35050565b611db38261110e565b611dbc81611f5e565b61114a83836127c6565b5f81604051602001611dd8919061366e565b604051602081830303815290604052805190602001209050919050565b5f6001600160e01b03198216637965db0b60e01b148061062f57506301ffc9a760e01b6001600160e01b031983161461062f565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061062f565b611e59612a16565b565b5f5f5160206139645f395f51905f5283148015611e8a5750611e8a5f5160206139245f395f51905f528361166f565b80611ebe57505f5160206139245f395f51905f5283148015611ebe5750611ebe5f5160206139645f395f51905f528361166f565b15611ee7576040516386a9c2ed60e01b81526001600160a01b038316600482015260240161071e565b6116688383612a3b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611f3157604051633ee5aeb560e01b815260040160405180910390fd5b611e5960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612ad3565b611f688133612ada565b50565b60058054600160801b90046001600160801b0316831080611f98575060018101546001600160801b031683115b15611fd557805460018201546040516354c5762b60e11b815261071e9286926001600160801b03600160801b9092048216929116906004016137ba565b42611fe360208401846130fe565b6001600160401b03161161202957611ffe60208301836130fe565b6040516327bb60b160e01b81526001600160401b03909116600482015242602482015260440161071e565b5f4261203860208501856130fe565b6001600160401b031661204b9190613721565b82549091506001600160401b031681108061207657508154600160401b90046001600160401b031681115b156120ad5781546040516354c5762b60e11b815261071e9183916001600160401b0380831692600160401b90041690600401613801565b6001820154600160801b900463ffffffff166120cf60408501602086016131f3565b63ffffffff16108061210657506001820154600160a01b900463ffffffff166120fe60408501602086016131f3565b63ffffffff16115b1561114a5761211b60408401602085016131f3565b60018301546040516354c5762b60e11b815261071e929163ffffffff600160801b8204811692600160a01b9092041690600401613848565b6001600160a01b0382165f908152600b6020526040812054600954600a548115612189576121848583836001612b17565b61218c565b5f195b9350828411156121d35785856121a188611630565b6040516380f2894360e01b81526001600160a01b0390931660048401526024830191909152604482015260640161071e565b6121dd8484613721565b6001600160a01b0387165f908152600b60205260409020556121ff8483613721565b60095561220c8582613721565b600a555091949350505050565b815460ff8116908290849060ff1916600183600681111561223c5761223c612f8d565b021790555061224a4261278d565b835468ffffffffffffffff0019166101006001600160401b03928316021784556001840180545f92839161227e91166136a3565b91906101000a8154816001600160401b0302191690836001600160401b0316021790559050847f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d49838584604051611a79939291906136ef565b5f80546001546040805163ec55688960e01b815290516001600160a01b03938416949290931692839163ec5568899160048083019260209291908290030181865afa158015612328573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061234c919061388e565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038516906370a0823190602401602060405180830381865afa158015612393573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123b791906137a3565b6040516370a0823160e01b81526001600160a01b0384811660048301529192505f918616906370a0823190602401602060405180830381865afa158015612400573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061242491906137a3565b905061243a6001600160a01b0386168588612b62565b60405163dfec1d9760e01b81526001600160a01b0386811660048301526024820188905285169063dfec1d97906044015f604051808303815f87803b158015612481575f5ffd5b505af1158015612493573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03881691506370a0823190602401602060405180830381865afa1580156124db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124ff91906137a3565b6125099084613721565b905086811461253557604051631992b1a360e21b8152600481018890526024810182905260440161071e565b6040516370a0823160e01b81526001600160a01b0385811660048301525f9161256c918591908a16906370a0823190602401611c72565b90508781146125a75760405163b8715db960e01b81526001600160a01b0388166004820152602481018990526044810182905260640161071e565b5050505050505050565b6002546040805161010081019091525f916001600160a01b03169063e805693d908890806125de8a612bf1565b6001600160801b031681526020016125f58a612bf1565b6001600160801b031681526020018a6001600160a01b0316815260200161261b42612c24565b64ffffffffff1681526020908101906126489061263a908a018a6130fe565b6001600160401b0316612c24565b64ffffffffff1681526020016126646060890160408a016138a9565b600281111561267557612675612f8d565b60ff908116825260208083018b90526040928301899052825160e087811b6001600160e01b03191682526001600160a01b03968716600483015285516001600160801b039081166024840152928601519092166044820152928401519094166064830152606083015164ffffffffff908116608484015260808401511660a483015260a08301511660c482015260c082015160e4820152910151610104820152610124016020604051808303815f875af1158015612735573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061275991906137a3565b9695505050505050565b611e595f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611f58565b5f6001600160401b038211156127c257604080516306dfcc6560e41b815260048101919091526024810183905260440161071e565b5090565b5f5f5160206139445f395f51905f526127df848461166f565b1561283f575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061062f565b5f91505061062f565b5f5f5f6128558686612c55565b91509150815f036128795783818161286f5761286f6138c2565b0492505050611668565b818411612890576128906003851502601118612c71565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6040516001600160a01b0383811660248301526044820183905261144691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612c82565b80545f90600160481b90046001600160401b03161580612990575060018201548254600160881b90046001600160401b03908116911614155b1561299c57505f919050565b815462015180906129bd90600160481b90046001600160401b031642613721565b111592915050565b6040516001600160a01b03848116602483015283811660448301526064820183905261114a9186918216906323b872dd90608401612925565b5f828211612a0c575f611668565b6116688383613721565b612a1e612cee565b611e5957604051631afcd79f60e31b815260040160405180910390fd5b5f5f5160206139445f395f51905f52612a54848461166f565b61283f575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612a893390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061062f565b80825d5050565b612ae4828261166f565b612b135760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161071e565b5050565b5f612b44612b2483612d07565b8015612b3f57505f8480612b3a57612b3a6138c2565b868809115b151590565b612b4f868686612848565b612b599190613690565b95945050505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b179052612bb38482612d33565b61114a576040516001600160a01b0384811660248301525f6044830152612be791869182169063095ea7b390606401612925565b61114a8482612c82565b5f6001600160801b038211156127c2576040516306dfcc6560e41b8152608060048201526024810183905260440161071e565b5f64ffffffffff8211156127c2576040516306dfcc6560e41b8152602860048201526024810183905260440161071e565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f60205f8451602086015f885af180612ca1576040513d5f823e3d81fd5b50505f513d91508115612cb8578060011415612cc5565b6001600160a01b0384163b155b1561114a57604051635274afe760e01b81526001600160a01b038516600482015260240161071e565b5f612cf7611e29565b54600160401b900460ff16919050565b5f6002826003811115612d1c57612d1c612f8d565b612d2691906138d6565b60ff166001149050919050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f51905082801561275957508115612d645780600114612759565b50505050506001600160a01b03163b151590565b5f60208284031215612d88575f5ffd5b81356001600160e01b031981168114611668575f5ffd5b5f610260828403128015612db1575f5ffd5b509092915050565b6001600160a01b0381168114611f68575f5ffd5b8035611cfd81612db9565b5f60808284031215612de8575f5ffd5b50919050565b5f5f5f5f60e08587031215612e01575f5ffd5b8435612e0c81612db9565b93506020850135925060408501359150612e298660608701612dd8565b905092959194509250565b5f60208284031215612e44575f5ffd5b813561166881612db9565b5f60208284031215612e5f575f5ffd5b5035919050565b5f5f60408385031215612e77575f5ffd5b823591506020830135612e8981612db9565b809150509250929050565b5f5f60408385031215612ea5575f5ffd5b50508035926020909101359150565b81516001600160401b0316815261014081016020830151612ee060208401826001600160401b03169052565b506040830151612efb60408401826001600160801b03169052565b506060830151612f1660608401826001600160801b03169052565b506080830151612f2e608084018263ffffffff169052565b5060a0830151612f4660a084018263ffffffff169052565b5060c0830151612f5a60c084018215159052565b5060e0830151612f6e60e084018215159052565b5061010083015161010083015261012083015161012083015292915050565b634e487b7160e01b5f52602160045260245ffd5b60078110612fb157612fb1612f8d565b9052565b5f61010082019050612fc8828451612fa1565b6001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b036060840151166060830152608083015161301b60808401826001600160401b03169052565b5060a083015161303660a08401826001600160401b03169052565b5060c083015160c083015260e083015160e083015292915050565b5f5f60408385031215613062575f5ffd5b82359150602083013560078110612e89575f5ffd5b8015158114611f68575f5ffd5b8035611cfd81613077565b5f5f5f606084860312156130a1575f5ffd5b833592506020840135915060408401356130ba81613077565b809150509250925092565b5f608082840312156130d5575f5ffd5b6116688383612dd8565b6001600160401b0381168114611f68575f5ffd5b8035611cfd816130df565b5f6020828403121561310e575f5ffd5b8135611668816130df565b606081525f61313c6060830160048152637465726d60e01b602082015260400190565b6001600160401b03948516602084015292909316604090910152919050565b6001600160801b0381168114611f68575f5ffd5b8035611cfd8161315b565b5f6020828403121561318a575f5ffd5b81356116688161315b565b606081525f6131b860608301600481526373697a6560e01b602082015260400190565b6001600160801b03948516602084015292909316604090910152919050565b63ffffffff81168114611f68575f5ffd5b8035611cfd816131d7565b5f60208284031215613203575f5ffd5b8135611668816131d7565b606081525f61323060608301600381526261707960e81b602082015260400190565b63ffffffff948516602084015292909316604090910152919050565b5f813561062f816130df565b5f813561062f8161315b565b5f813561062f816131d7565b5f813561062f81613077565b8135613287816130df565b6001600160401b0381166001600160401b0319835416178255506132e26132b06020840161324c565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b6133116132f160408401613258565b82546001600160801b031660809190911b6001600160801b031916178255565b6001810161334161332460608501613258565b82546001600160801b0319166001600160801b0391909116178255565b61337461335060808501613264565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b6133a761338360a08501613264565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b6133d46133b660c08501613270565b82805460ff60c01b191691151560c01b60ff60c01b16919091179055565b6134016133e360e08501613270565b82805460ff60c81b191691151560c81b60ff60c81b16919091179055565b50610100820135600282015561012090910135600390910155565b61343682613429836130f3565b6001600160401b03169052565b613442602082016130f3565b6001600160401b0316602083015261345c6040820161316f565b6001600160801b031660408301526134766060820161316f565b6001600160801b03166060830152613490608082016131e8565b63ffffffff1660808301526134a760a082016131e8565b63ffffffff1660a08301526134be60c08201613084565b151560c08301526134d160e08201613084565b151560e0830152610100818101359083015261012090810135910152565b610260810161350e8261350185612dcd565b6001600160a01b03169052565b61351a60208401612dcd565b6001600160a01b0316602083015261353460408401612dcd565b6001600160a01b0316604083015261354e60608401612dcd565b6001600160a01b0316606083015261356860808401612dcd565b6001600160a01b0316608083015261358260a08401612dcd565b6001600160a01b031660a083015261359c60c08401612dcd565b6001600160a01b031660c08301526135b660e08401612dcd565b6001600160a01b031660e08301526135d16101008401612dcd565b6001600160a01b031661010083015261062f61012080840190850161341c565b828152604081016116686020830184612fa1565b803560038110611cfd575f5ffd5b803561361e816130df565b6001600160401b031682526020810135613637816131d7565b63ffffffff16602083015261364e60408201613605565b6003811061365e5761365e612f8d565b6040830152606090810135910152565b6080810161062f8284613613565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561062f5761062f61367c565b5f6001600160401b0382166001600160401b0381036136c4576136c461367c565b60010192915050565b848152602081018490526040810183905260e08101612b596060830184613613565b606081016136fd8286612fa1565b61370a6020830185612fa1565b6001600160401b0383166040830152949350505050565b8181038181111561062f5761062f61367c565b634e487b7160e01b5f52603260045260245ffd5b60ff818116838216019081111561062f5761062f61367c565b838152606081016137756020830185612fa1565b6110a46040830184612fa1565b5f6001600160401b0382168061379a5761379a61367c565b5f190192915050565b5f602082840312156137b3575f5ffd5b5051919050565b608081525f6137dd60808301600481526373697a6560e01b602082015260400190565b6020830195909552506001600160801b039283166040820152911660609091015290565b608081525f6138246080830160048152637465726d60e01b602082015260400190565b6020830195909552506001600160401b039283166040820152911660609091015290565b608081525f61386a60808301600381526261707960e81b602082015260400190565b63ffffffff9586166020840152938516604083015250921660609092019190915290565b5f6020828403121561389e575f5ffd5b815161166881612db9565b5f602082840312156138b9575f5ffd5b61166882613605565b634e487b7160e01b5f52601260045260245ffd5b5f60ff8316806138f457634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fe523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c1b1a13932f336503f5290912e5d8769a41eb7297ccc14e30ffc724b51b3224b502dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800afef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb";
